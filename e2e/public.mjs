// e2e scenarios of web-public (issue 5): public reports, tracking, accessibility, the submit form.
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  adminEmail,
  agencyEmail,
  expectAccessible,
  graphql,
  graphqlAs,
  listOrEmpty,
  noUserErrors,
  screenshotDir,
  screenshotWidths,
  seriousViolations,
  staffToken,
  submitReport,
  TIMEOUT,
  tinyPng,
  url,
} from "./lib.mjs";

/**
 * The tracking page (issue 5): a report verified to an agency and accepted through the API; the reporter opens
 * /track/<id> with the access code; the agency's response arrives on the open page without reload; the reporter
 * confirms with a rating of 5 and sees it resolved. Screenshots at 360 and 1280 px.
 */
async function trackingScenario(page) {
  const report = await submitReport();
  const { trackReport } = await graphql(
    `query Id($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { id } }`,
    {
      t: report.trackingId,
      c: report.accessCode,
    },
  );
  const verifier = await staffToken(adminEmail);
  const operator = await staffToken(agencyEmail);
  const { categories } = await graphqlAs(verifier.token, "{ categories { id } }");
  noUserErrors(
    "verifyReport",
    (
      await graphqlAs(
        verifier.token,
        `mutation Verify($input: VerifyReportInput!) { verifyReport(input: $input) { userErrors { message } } }`,
        { input: { reportId: trackReport.id, categoryId: categories[0].id, agencyIds: [operator.agencyId] } },
      )
    ).verifyReport,
  );
  const { node } = await graphqlAs(
    operator.token,
    "query Dispositions($id: ID!) { node(id: $id) { ... on Report { dispositions { id agency { id } } } } }",
    { id: trackReport.id },
  );
  const disposition = node.dispositions.find((d) => d.agency.id === operator.agencyId);
  if (!disposition) throw new Error("the operator's agency has no disposition of the report");
  noUserErrors(
    "acceptDisposition",
    (
      await graphqlAs(
        operator.token,
        `mutation Accept($input: DispositionActionInput!) { acceptDisposition(input: $input) { userErrors { message } } }`,
        { input: { dispositionId: disposition.id } },
      )
    ).acceptDisposition,
  );

  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(url(`/track/${report.trackingId}`));
  await page.getByRole("heading", { level: 1, name: `Laporan ${report.trackingId}` }).waitFor();
  await page.getByLabel("Kode akses", { exact: true }).fill(report.accessCode.toLowerCase());
  await page.getByRole("button", { name: "Buka", exact: true }).click();
  await page.getByText("Anda melihat laporan ini sebagai pelapor.").waitFor();
  if (page.url().includes(report.accessCode)) throw new Error("the access code is in the address");
  await page.locator(".ad-chip", { hasText: "Sedang ditindaklanjuti" }).first().waitFor();
  await page.getByText("Langsung: halaman ini diperbarui otomatis").waitFor();
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  // Give the subscription a moment to be in place before the agency acts (delivery is after subscribe).
  await page.waitForTimeout(1000);

  const response = "Lampu sudah kami ganti pada hari ini. Terima kasih atas laporannya.";
  noUserErrors(
    "respond",
    (
      await graphqlAs(
        operator.token,
        `mutation Respond($input: RespondInput!) { respond(input: $input) { disposition { status } userErrors { message } } }`,
        { input: { dispositionId: disposition.id, body: response } },
      )
    ).respond,
  );
  await page.locator(".ad-chip", { hasText: "Sudah ditanggapi" }).first().waitFor();
  await page.getByText(response).waitFor();
  if (!(await page.evaluate(() => window.__sameDocument === true))) throw new Error("the page reloaded");
  await page.screenshot({ path: join(screenshotDir, "web-public-track-360.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(screenshotDir, "web-public-track-1280.png"), fullPage: true });
  // The reporter's view with its forms (the public view is in the accessibility scenario): no serious violation.
  await expectAccessible(page, "the reporter's view");

  await page.getByRole("radio", { name: "5 dari 5, sangat puas" }).check();
  await page.getByRole("button", { name: "Konfirmasi selesai" }).click();
  await page
    .locator(".ad-chip", { hasText: /^Selesai$/ })
    .first()
    .waitFor();
  await page.getByText("Pelapor menyatakan laporan selesai.").waitFor();
  if (!(await page.evaluate(() => window.__sameDocument === true))) throw new Error("the page reloaded");
  await page.screenshot({ path: join(screenshotDir, "web-public-track-resolved-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(screenshotDir, "web-public-track-resolved-360.png"), fullPage: true });
}

/**
 * web-public's accessibility, installability and offline shell: axe-core on every public page (no serious or
 * critical violation), the web app manifest, a service worker that registers, leaves the other apps alone and
 * opens the shell and the submit form offline.
 */
async function publicAccessibilityScenario(page) {
  const report = await submitReport();
  const pages = [
    { path: "/", ready: () => page.getByRole("heading", { level: 1, name: "Laporan publik" }) },
    {
      path: "/statistik",
      ready: () =>
        page
          .getByRole("heading", { level: 2, name: "Ringkasan" })
          .or(page.getByText("Belum ada laporan pada periode ini.")),
    },
    { path: `/track/${report.trackingId}`, ready: () => page.getByRole("heading", { level: 1 }) },
    { path: "/lapor", ready: () => page.getByRole("heading", { level: 1 }) },
    { path: "/halaman-yang-tidak-ada", ready: () => page.getByRole("heading", { name: "Halaman tidak ditemukan" }) },
  ];
  const found = [];
  for (const { path, ready } of pages) {
    await page.goto(url(path));
    await ready().first().waitFor();
    // Let the page's queries settle: no spinner left.
    await page.waitForFunction(() => !document.querySelector(".ad-loading"), null, { timeout: TIMEOUT });
    for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
    const name = path === "/" ? "home" : path.split("/")[1];
    await page.screenshot({ path: join(screenshotDir, `web-public-a11y-${name}.png`), fullPage: true });
  }
  if (found.length) throw new Error(`axe-core found serious or critical violations:\n${found.join("\n")}`);

  // Installable: the manifest is linked and served, in Indonesian, with the 192 and 512 px icons.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  if (!manifestHref) throw new Error("no <link rel=manifest>");
  const manifestResponse = await page.request.get(url(manifestHref));
  if (!manifestResponse.ok()) throw new Error(`${manifestHref}: HTTP ${manifestResponse.status()}`);
  const manifest = await manifestResponse.json();
  const sizes = (manifest.icons ?? []).map((icon) => icon.sizes);
  if (manifest.lang !== "id" || !manifest.short_name || !sizes.includes("192x192") || !sizes.includes("512x512"))
    throw new Error(`incomplete manifest: ${JSON.stringify(manifest)}`);

  // The service worker registers; it must not take over the staff apps on the same origin.
  const scriptURL = await page.evaluate(
    (timeout) =>
      Promise.race([
        navigator.serviceWorker.ready.then((registration) => registration.active?.scriptURL ?? ""),
        new Promise((resolve) => setTimeout(() => resolve(""), timeout)),
      ]),
    TIMEOUT,
  );
  if (!scriptURL) throw new Error("no service worker became active");
  await page.goto(url("/admin/"));
  await page.getByRole("heading", { name: "Masuk ke Portal Verifikasi" }).waitFor();

  // Offline, the app shell still opens (in a fresh context, so the expected network errors stay out of this one's).
  const context = await page
    .context()
    .browser()
    .newContext({ viewport: { width: 360, height: 740 }, locale: "id-ID" });
  try {
    const offline = await context.newPage();
    await offline.goto(url("/"));
    await offline.evaluate(() => navigator.serviceWorker.ready);
    await offline.reload(); // now controlled by the worker
    await offline.getByRole("heading", { level: 1, name: "Laporan publik" }).waitFor({ timeout: TIMEOUT });
    await context.setOffline(true);
    // The submit form is part of the installed app: a report can be started (and its draft kept) offline.
    await offline.goto(url("/lapor"));
    await offline.getByRole("heading", { level: 1, name: "Buat laporan" }).waitFor({ timeout: TIMEOUT });
    await offline.goto(url("/statistik"));
    await offline.getByRole("link", { name: "Statistik" }).waitFor({ timeout: TIMEOUT });
    // A page whose code never came down says so, with a way to try again, instead of a blank screen.
    await offline.getByText("Halaman ini tidak dapat dimuat.").waitFor({ timeout: TIMEOUT });
    await offline.getByRole("button", { name: "Coba lagi" }).waitFor({ timeout: TIMEOUT });
    await offline.screenshot({ path: join(screenshotDir, "web-public-offline-360.png"), fullPage: true });
  } finally {
    await context.close();
  }
}

/**
 * Submitting through the form (issue 5): from the home page's "Buat laporan", a complaint with a region, anonymous
 * and confidential, with a photo uploaded with progress; the draft survives a reload; the tracking ID and access
 * code shown once open the report as its reporter through the API. Screenshots at 360 and 1280 px.
 */
async function submitFormScenario(page) {
  const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  await page.setViewportSize({ width: 360, height: 780 });
  await page.getByRole("link", { name: "Buat laporan" }).click();
  await page.getByRole("heading", { level: 1, name: "Buat laporan" }).waitFor();
  const title = `Trotoar rusak dan berlubang ${Date.now().toString(36)}`;
  await page.getByLabel("Pengaduan", { exact: true }).check();
  await page.getByLabel("Judul laporan").fill(title);
  await page
    .getByLabel("Isi laporan", { exact: true })
    .fill("Trotoar di depan pasar rusak dan berlubang sejak sebulan; pejalan kaki terpaksa turun ke jalan.");
  const province = page.getByLabel("Provinsi (opsional)");
  await province.locator("option").nth(1).waitFor({ state: "attached" });
  await province.selectOption({ index: 1 });
  const regency = page.getByLabel("Kabupaten/kota (opsional)");
  await regency.locator("option").nth(1).waitFor({ state: "attached" });
  await regency.selectOption({ index: 1 });
  const regencyName = (await regency.locator("option:checked").textContent())?.trim();
  await page.getByLabel("Rahasiakan identitas saya (anonim)").check();
  await page.getByLabel("Rahasiakan isi laporan").check();
  await page.getByText("Tidak ada yang tahu siapa Anda, dan isi laporan hanya dibaca oleh Anda").waitFor();
  const dir = mkdtempSync(join(tmpdir(), "aduan-e2e-upload-"));
  const photo = join(dir, "trotoar.png");
  writeFileSync(photo, await tinyPng());
  await page.getByLabel(/Foto atau dokumen/).setInputFiles(photo);
  await page.getByText(/Terunggah/).waitFor();
  rmSync(dir, { recursive: true, force: true });

  // A reload (or a phone that drops the tab) keeps the draft, with the uploaded photo.
  await page.reload();
  await page.getByText("Draf laporan Anda dipulihkan.").waitFor();
  if ((await page.getByLabel("Judul laporan").inputValue()) !== title) throw new Error("the draft lost its title");
  await page.getByText(/Terunggah/).waitFor();
  await page.screenshot({ path: join(screenshotDir, "web-public-submit-form-360.png"), fullPage: true });

  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await page.getByRole("heading", { level: 1, name: "Laporan terkirim" }).waitFor();
  await page.getByText("Kode akses hanya ditampilkan sekali ini").waitFor();
  const trackingId = (await page.getByTestId("tracking-id").textContent())?.trim() ?? "";
  const accessCode = (await page.getByTestId("access-code").textContent())?.trim() ?? "";
  if (!/^ADU-/.test(trackingId) || accessCode.length < 8)
    throw new Error(`unexpected codes: ${trackingId} / ${accessCode}`);
  await page.screenshot({ path: join(screenshotDir, "web-public-submit-done-360.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(screenshotDir, "web-public-submit-done-1280.png"), fullPage: true });

  const { trackReport } = await graphql(
    `query Mine($t: String!, $c: String) {
      trackReport(trackingId: $t, accessCode: $c) {
        title kind anonymous confidential viewerIsReporter region { name } attachments { id }
      }
    }`,
    { t: trackingId, c: accessCode },
  );
  const r = trackReport;
  if (
    !r?.viewerIsReporter ||
    r.title !== title ||
    r.kind !== "COMPLAINT" ||
    !r.anonymous ||
    !r.confidential ||
    r.attachments.length !== 1 ||
    (regencyName && r.region?.name !== regencyName)
  )
    throw new Error(`trackReport does not show the submitted report: ${JSON.stringify(r)}`);

  // The draft is gone; the form at 1280 px.
  await page.goto(url("/lapor"));
  await page.getByRole("heading", { level: 1, name: "Buat laporan" }).waitFor();
  if (await page.getByText("Draf laporan Anda dipulihkan.").count())
    throw new Error("the draft outlived the submission");
  await page.screenshot({ path: join(screenshotDir, "web-public-submit-form-1280.png"), fullPage: true });
}

/** The page's queries have settled: no spinner left. */
async function settled(page) {
  await page.waitForFunction(() => !document.querySelector(".ad-loading"), null, { timeout: TIMEOUT });
}

const REPORT_COUNT = /^([\d.]+) laporan$/;

/** The list's count ("1.234 laporan") as a number. */
async function shownCount(page) {
  const text = (await page.getByText(REPORT_COUNT).first().textContent())?.trim() ?? "";
  return Number(REPORT_COUNT.exec(text)?.[1].replaceAll(".", "") ?? Number.NaN);
}

/**
 * Browsing (issue 5): /laporan filtered by kind and sorted by support; the filter is in the address, matches what the
 * API counts for it, and survives a reload; a report opens from the list on its public page. axe-core on both pages;
 * screenshots of the main public pages at 390 and 1280 px.
 */
async function browseScenario(page) {
  await page.getByRole("link", { name: "Laporan", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Jelajahi laporan publik" }).waitFor();
  await listOrEmpty(page, "Tidak ada laporan publik yang cocok.");
  await settled(page);
  await expectAccessible(page, "/laporan");
  await screenshotWidths(page, "web-public-page-browse");

  await page.getByLabel("Jenis laporan").selectOption({ label: "Pengaduan" });
  await page.getByLabel("Urutkan").selectOption({ label: "Paling banyak didukung" });
  await page.waitForURL(/\/laporan\?jenis=COMPLAINT&urut=dukungan$/);
  await settled(page);
  const { reports } = await graphql(
    `{ reports(first: 1, filter: { kinds: [COMPLAINT] }, orderBy: { field: SUPPORT_COUNT, direction: DESC }) {
      totalCount nodes { trackingId title }
    } }`,
  );
  if (reports.totalCount === 0) throw new Error("the demo data has no public complaint to browse");
  await page.getByText(`${reports.totalCount.toLocaleString("id-ID")} laporan`).waitFor();

  // A shared or reloaded link shows the same filtered list.
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Jelajahi laporan publik" }).waitFor();
  if ((await page.getByLabel("Jenis laporan").inputValue()) !== "COMPLAINT") throw new Error("the kind was lost");
  if ((await page.getByLabel("Urutkan").inputValue()) !== "supported") throw new Error("the order was lost");
  await page.getByText("1 filter aktif").waitFor();
  await settled(page);
  if ((await shownCount(page)) !== reports.totalCount) throw new Error("the reloaded list is not the filtered one");
  const first = page.locator("ul.ad-list > li").first();
  if (!(await first.textContent())?.includes(reports.nodes[0].trackingId))
    throw new Error(`the most supported complaint (${reports.nodes[0].trackingId}) is not first`);
  await screenshotWidths(page, "web-public-page-browse-filtered");

  // Open it: its public page, with its status, details, timeline and support.
  await first.getByRole("link").click();
  await page.waitForURL(new RegExp(`/laporan/${reports.nodes[0].trackingId}$`));
  await page.getByRole("heading", { level: 1, name: `Laporan ${reports.nodes[0].trackingId}` }).waitFor();
  await page.getByRole("heading", { name: "Dukungan warga" }).waitFor();
  await page.getByRole("heading", { name: "Riwayat laporan" }).waitFor();
  await page.getByRole("link", { name: "Masuk untuk mendukung" }).waitFor();
  if (await page.getByLabel("Kode akses", { exact: true }).count())
    throw new Error("the public report page asks for an access code");
  await settled(page);
  await expectAccessible(page, "a public report's page");
  await screenshotWidths(page, "web-public-page-report");

  // In English, the report page and the list speak English too (their texts load with the pages).
  await page.getByRole("button", { name: /^EN/ }).click();
  await page.getByRole("heading", { name: "Citizens' support" }).waitFor();
  await page.getByRole("link", { name: "Sign in to support" }).waitFor();
  await page.getByRole("link", { name: "All public reports" }).click();
  await page.getByRole("heading", { level: 1, name: "Browse public reports" }).waitFor();
  await page.getByRole("heading", { name: "Filter reports" }).waitFor();
  // Back to the same filtered list.
  await page.waitForURL(/\/laporan\?jenis=COMPLAINT&urut=dukungan$/);
  if ((await page.getByLabel("Kind of report").inputValue()) !== "COMPLAINT") throw new Error("the kind was lost");
  await page.getByRole("button", { name: /^ID/ }).click();
  await page.getByRole("heading", { level: 1, name: "Jelajahi laporan publik" }).waitFor();

  // The other main pages, for the reviewer (my reports: in the account scenario).
  const tracked = await submitReport();
  for (const [name, path, ready] of [
    ["home", "/", () => page.getByRole("heading", { level: 1, name: "Laporan publik" })],
    ["submit", "/lapor", () => page.getByRole("heading", { level: 1, name: "Buat laporan" })],
    ["track", `/track/${tracked.trackingId}`, () => page.getByRole("heading", { name: "Riwayat laporan" })],
    ["statistics", "/statistik", () => page.getByRole("heading", { level: 2, name: "Ringkasan" })],
  ]) {
    await page.goto(url(path));
    await ready().waitFor();
    await settled(page);
    await screenshotWidths(page, `web-public-page-${name}`);
  }
}

/**
 * Accounts (issue 5): someone signed out who wants to support a report signs up (field-level messages first), comes
 * back to the report and supports it once (the count goes up; a second support changes nothing); a report submitted
 * while signed in is in "Laporan saya", opening its tracking page; signing out. axe-core on the new pages.
 */
async function accountScenario(page) {
  const { reports } = await graphql(
    `{ reports(first: 1, filter: { statuses: [IN_PROGRESS, RESPONDED, RESOLVED, DISPOSED] }) {
      nodes { id trackingId supportCount }
    } }`,
  );
  const report = reports.nodes[0];
  if (!report) throw new Error("the demo data has no public report to support");

  await page.goto(url(`/laporan/${report.trackingId}`));
  await page.getByRole("link", { name: "Masuk untuk mendukung" }).click();
  await page.getByRole("heading", { level: 1, name: "Masuk ke akun Anda" }).waitFor();
  await page.getByText("Masuk dulu, lalu Anda kembali ke halaman sebelumnya.").waitFor();
  await expectAccessible(page, "/masuk");
  await screenshotWidths(page, "web-public-page-sign-in");
  await page.getByRole("link", { name: "Daftar", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Buat akun" }).waitFor();

  // Bad input first: messages on the fields, in Indonesian.
  const email = `warga.${Date.now().toString(36)}@contoh.id`;
  await page.getByLabel("Nama", { exact: true }).fill("Dewi Lestari");
  await page.getByLabel("Email", { exact: true }).fill("dewi@");
  await page.getByLabel("Kata sandi", { exact: true }).fill("pendek");
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await page.getByText("Masukkan alamat email yang benar").waitFor();
  await page.getByText("Kata sandi minimal 10 karakter.").waitFor();
  await expectAccessible(page, "/daftar with field errors");
  await screenshotWidths(page, "web-public-page-sign-up");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill("kata-sandi-warga-2026");
  await page.getByLabel("Ulangi kata sandi").fill("kata-sandi-warga-2026");
  await page.getByRole("button", { name: "Daftar", exact: true }).click();

  // Back on the report, signed in: support it once.
  await page.waitForURL(new RegExp(`/laporan/${report.trackingId}$`));
  await page.getByRole("link", { name: "Laporan saya" }).waitFor();
  const count = page.getByTestId("support-count");
  await count.getByText(`${report.supportCount} orang mendukung`).waitFor();
  await page.getByRole("button", { name: "Dukung laporan ini" }).click();
  await page.getByText("Anda mendukung laporan ini.").waitFor();
  await count.getByText(`${report.supportCount + 1} orang mendukung`).waitFor();
  await page.reload();
  await page.getByText("Anda mendukung laporan ini.").waitFor();
  if (await page.getByRole("button", { name: "Dukung laporan ini" }).count())
    throw new Error("the support button is offered again");
  // The same account cannot support twice, even straight through the API.
  const token = await page.evaluate(() => localStorage.getItem("aduan.public.session"));
  if (!token) throw new Error("no session token kept");
  const again = await graphqlAs(
    token,
    `mutation Again($input: SupportReportInput!) {
      supportReport(input: $input) { report { supportCount viewerHasSupported } userErrors { message } }
    }`,
    { input: { reportId: report.id } },
  );
  const after = again.supportReport.report;
  if (after.supportCount !== report.supportCount + 1 || !after.viewerHasSupported)
    throw new Error(`a second support counted: ${JSON.stringify(after)}`);

  // A report submitted through the form while signed in belongs to the account.
  await page.goto(url("/lapor"));
  await page.getByRole("heading", { level: 1, name: "Buat laporan" }).waitFor();
  await page.getByText("Anda masuk sebagai Dewi Lestari: laporan ini tersimpan di Laporan saya.").waitFor();
  const title = `Sampah menumpuk di taman kota ${Date.now().toString(36)}`;
  await page.getByLabel("Pengaduan", { exact: true }).check();
  await page.getByLabel("Judul laporan").fill(title);
  await page
    .getByLabel("Isi laporan", { exact: true })
    .fill("Sampah di taman kota tidak diangkut selama dua minggu dan mulai berbau; warga tidak bisa memakai taman.");
  await page.getByLabel("Rahasiakan identitas saya (anonim)").check();
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await page.getByRole("heading", { level: 1, name: "Laporan terkirim" }).waitFor();
  const trackingId = (await page.getByTestId("tracking-id").textContent())?.trim() ?? "";

  await page.getByRole("link", { name: "Laporan saya" }).click();
  await page.getByRole("heading", { level: 1, name: "Laporan saya" }).waitFor();
  await page.getByText("Masuk sebagai Dewi Lestari").waitFor();
  const mine = page.locator("ul.ad-list > li", { hasText: trackingId });
  await mine.getByRole("link", { name: title }).waitFor();
  await mine.getByText("Menunggu verifikasi").waitFor();
  await settled(page);
  await expectAccessible(page, "/laporan-saya");
  await screenshotWidths(page, "web-public-page-my-reports");
  await mine.getByRole("link", { name: title }).click();
  await page.waitForURL(new RegExp(`/track/${trackingId}$`));
  await page.getByText("Anda melihat laporan ini sebagai pelapor.").waitFor();
  // Signed in, the reporter needs no access code to reply.
  await page.getByRole("textbox", { name: "Balas" }).fill("Sampahnya sekarang juga menutup saluran air.");
  await page.getByRole("button", { name: "Kirim balasan" }).click();
  await page.getByText("Pesan terkirim.").waitFor();
  if (await page.getByLabel("Kode akses", { exact: true }).count()) throw new Error("the owner is asked for the code");

  // Signing out: the header offers to sign in again, and "my reports" asks for it.
  await page.goto(url("/laporan-saya"));
  await page.getByRole("button", { name: "Keluar" }).click();
  await page.getByText("Masuk untuk melihat laporan Anda.").waitFor();
  await page.getByRole("link", { name: "Masuk", exact: true }).first().waitFor();
  if (await page.evaluate(() => localStorage.getItem("aduan.public.session")))
    throw new Error("the token outlived signing out");
}

export const checks = [
  {
    name: "web-public: public reports and tracking",
    app: "web-public",
    path: "/",
    async run(page) {
      await page.getByRole("heading", { level: 1, name: "Laporan publik" }).waitFor();
      await listOrEmpty(page, "Belum ada laporan publik.");
      await page.screenshot({ path: join(screenshotDir, "web-public.png") });
      await page.getByLabel("Nomor pelacakan").fill("ADU-123");
      await page.getByRole("button", { name: "Lacak" }).click();
      await page.getByText("Nomor pelacakan terdiri dari ADU- dan 8 huruf atau angka").waitFor();

      const report = await submitReport();
      await page.getByLabel("Nomor pelacakan").fill(report.trackingId.toLowerCase());
      await page.getByLabel("Kode akses (opsional)").fill(report.accessCode);
      await page.getByRole("button", { name: "Lacak" }).click();
      await page.getByRole("heading", { name: `Laporan ${report.trackingId}` }).waitFor();
      await page.getByText("Anda melihat laporan ini sebagai pelapor.").waitFor();
      await page.getByText("Laporan dikirim").first().waitFor();
      await page.getByRole("heading", { name: `Laporan ${report.trackingId}` }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshotDir, "web-public-tracked.png") });
    },
  },
  {
    name: "web-public: tracking page, live response, confirm and rate",
    app: "web-public-track",
    path: "/",
    run: trackingScenario,
  },
  {
    name: "web-public: accessibility (axe-core), manifest, service worker",
    app: "web-public-a11y",
    path: "/",
    run: publicAccessibilityScenario,
  },
  {
    name: "web-public: submit a report through the form (anonymous, confidential, photo)",
    app: "web-public-submit",
    path: "/",
    run: submitFormScenario,
  },
  {
    name: "web-public: browse with filters in the address, open a report",
    app: "web-public-browse",
    path: "/",
    run: browseScenario,
  },
  {
    name: "web-public: sign up, support a report once, my reports, sign out",
    app: "web-public-account",
    path: "/",
    run: accountScenario,
  },
];
