#!/usr/bin/env node
// Browser smoke test of the three SPAs as the API serves them (/, /agency/, /admin/), on a phone-sized screen in
// Debian's Chromium driven by playwright-core. It needs a running API with the built SPAs and the demo accounts:
//
//   E2E_BASE_URL=http://127.0.0.1:4000 node e2e/smoke.mjs
//
// Environment: E2E_BASE_URL (default http://127.0.0.1:4000); E2E_AGENCY_EMAIL, E2E_ADMIN_EMAIL, E2E_PASSWORD (default:
// the seeded demo accounts); CHROMIUM_PATH (default /usr/bin/chromium); E2E_SCREENSHOT_DIR (default: the OS temp
// folder; screenshots are never written into the repo). Prints `e2e: N passed, N failed` and exits non-zero on failure.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

/** axe-core's serious and critical violations on the page as it is now, as lines ("impact id (help) at targets"). */
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
async function seriousViolations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.impact} ${v.id} (${v.help}) at ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 5)
            .join(", ")}`,
      );
  });
}

/** Fails naming every serious or critical axe-core violation on the page. */
async function expectAccessible(page, where) {
  const violations = await seriousViolations(page);
  if (violations.length) throw new Error(`axe-core on ${where}:\n${violations.join("\n")}`);
}

const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:4000");
const password = process.env.E2E_PASSWORD ?? "aduan-demo-2026";
const agencyEmail = process.env.E2E_AGENCY_EMAIL ?? "operator.bandung@aduan.id";
const adminEmail = process.env.E2E_ADMIN_EMAIL ?? "verifikator@aduan.id";
const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? join(tmpdir(), "aduan-e2e");
const TIMEOUT = 15_000;
mkdirSync(screenshotDir, { recursive: true });

const url = (path) => new URL(path, base).toString();
const log = (line) => process.stdout.write(`${line}\n`);

async function graphql(query, variables) {
  const response = await fetch(url("/graphql"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0].message}`);
  return body.data;
}

/** A fresh anonymous report, to track with its access code like a reporter would. */
async function submitReport() {
  const data = await graphql(
    `mutation Submit($input: SubmitReportInput!) {
      submitReport(input: $input) { trackingId accessCode userErrors { message } }
    }`,
    {
      input: {
        kind: "COMPLAINT",
        title: "Lampu penerangan jalan mati di depan sekolah",
        body: "Sudah seminggu lampu jalan di depan SDN 3 mati. Anak-anak pulang les melewati jalan yang gelap.",
        anonymous: true,
        confidential: false,
        idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      },
    },
  );
  const { trackingId, accessCode, userErrors } = data.submitReport;
  if (userErrors.length || !trackingId || !accessCode)
    throw new Error(`submitReport: ${userErrors[0]?.message ?? "no tracking ID"}`);
  return { trackingId, accessCode };
}

/** A GraphQL request as a staff member (token from logIn). */
async function graphqlAs(token, query, variables) {
  const response = await fetch(url("/graphql"), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0].message}`);
  return body.data;
}

async function staffToken(email) {
  const data = await graphqlAs(
    null,
    `mutation LogIn($input: LogInInput!) { logIn(input: $input) { token user { agency { id } } userErrors { message } } }`,
    { input: { email, password } },
  );
  if (!data.logIn.token) throw new Error(`logIn ${email}: ${data.logIn.userErrors[0]?.message}`);
  return { token: data.logIn.token, agencyId: data.logIn.user?.agency?.id ?? null };
}

function noUserErrors(name, payload) {
  if (payload.userErrors?.length) throw new Error(`${name}: ${payload.userErrors[0].message}`);
  return payload;
}

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

async function signIn(page, email, secret) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(secret);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/** The list, or its empty state, has rendered (not the spinner or an error). */
async function listOrEmpty(page, emptyText) {
  await page.locator("ul.ad-list > li").first().or(page.getByText(emptyText)).waitFor({ timeout: TIMEOUT });
}

/**
 * web-public's accessibility, installability and offline shell: axe-core on every public page (no serious or
 * critical violation), the web app manifest, a service worker that registers, leaves the other apps alone and
 * opens the shell offline.
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
    await offline.goto(url("/statistik"));
    await offline.getByRole("link", { name: "Statistik" }).waitFor({ timeout: TIMEOUT });
  } finally {
    await context.close();
  }
}

/** A small valid PNG (a 16×16 gradient), made here so the test needs no fixture file. */
async function tinyPng() {
  const { deflateSync } = await import("node:zlib");
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const size = 16;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) rows.set([200, 40 + x * 8, 40 + y * 8], y * (1 + size * 3) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
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

/** Verifies a fresh anonymous report to the demo operator's agency through the API; returns its ids and access. */
async function reportForOperator(verifier, operator) {
  const report = await submitReport();
  const { trackReport } = await graphql(
    "query Id($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { id } }",
    { t: report.trackingId, c: report.accessCode },
  );
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
  return { ...report, id: trackReport.id };
}

/**
 * The agency console (issue 6): the operator's open inbox receives a report verified through the API live (notice
 * and "show updates", no reload); in the report view the operator accepts, writes an internal note and responds;
 * the reporter's view (trackReport with the access code) has the response and not the note. A second report is
 * accepted and forwarded to one of Bandung's units with an instruction. axe-core on inbox and report view;
 * screenshots of both at 1280 and 360 px.
 */
async function agencyConsoleScenario(page) {
  const axe = (where) => expectAccessible(page, where);
  const verifier = await staffToken(adminEmail);
  const operator = await staffToken(agencyEmail);

  await page.setViewportSize({ width: 1280, height: 900 });
  const socket = page.waitForEvent("websocket");
  await signIn(page, agencyEmail, password);
  await page.getByRole("heading", { name: "Kotak masuk disposisi" }).waitFor();
  await page.getByRole("table").or(page.getByText("Tidak ada disposisi baru.")).first().waitFor();
  // Newest first, so the report about to arrive is at the top once shown.
  const received = page.getByRole("columnheader", { name: /Diterima/ }).getByRole("button");
  if (await received.count()) {
    await received.click();
    await page
      .getByRole("columnheader", { name: /Diterima/ })
      .and(page.locator('[aria-sort="ascending"]'))
      .waitFor();
    await received.click();
    await page
      .getByRole("columnheader", { name: /Diterima/ })
      .and(page.locator('[aria-sort="descending"]'))
      .waitFor();
  }
  await socket;
  await page.waitForTimeout(1000);

  const report = await reportForOperator(verifier, operator);
  const live = page.locator("[data-sonner-toast]", { hasText: `Disposisi baru: ${report.trackingId}` });
  await live.waitFor();
  const navigations = [];
  page.on("framenavigated", (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
  await page.getByRole("button", { name: /^Tampilkan \d+ pembaruan$/ }).click();
  const row = page.getByRole("row").filter({ hasText: report.trackingId });
  await row.waitFor();
  if (navigations.length) throw new Error(`the inbox reloaded: ${navigations.join(", ")}`);
  await axe("the inbox");
  await page.screenshot({ path: join(screenshotDir, "web-agency-inbox-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(screenshotDir, "web-agency-inbox-360.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Keyboard: focus the row, open it with Enter.
  await row.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Lampu penerangan jalan mati di depan sekolah" }).waitFor();
  await page.getByText("Anonim", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Terima disposisi" }).click();
  await page.getByRole("button", { name: "Tanggapi" }).waitFor();

  const note = `Catatan internal e2e ${Date.now()}: cek dengan UPT PJU.`;
  await page.getByLabel("Catatan untuk petugas").fill(note);
  await page.getByRole("button", { name: "Simpan catatan internal" }).click();
  await page.locator("li", { hasText: note }).getByText("Catatan internal", { exact: true }).waitFor();
  await axe("the report view");
  await page.screenshot({ path: join(screenshotDir, "web-agency-report-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(screenshotDir, "web-agency-report-360.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  const response = `Tanggapan e2e ${Date.now()}: lampu sudah diganti oleh petugas PJU hari ini.`;
  await page.getByRole("button", { name: "Tanggapi" }).click();
  const respondDialog = page.getByRole("dialog", { name: "Tindak lanjut" });
  await respondDialog.getByLabel("Tanggapan").fill(response);
  await respondDialog.getByRole("button", { name: "Kirim tanggapan" }).click();
  await respondDialog.waitFor({ state: "detached" });
  await page.getByText("Tidak ada tindakan untuk disposisi ini.").waitFor();

  const { trackReport } = await graphql(
    `query Track($t: String!, $c: String) {
      trackReport(trackingId: $t, accessCode: $c) {
        status
        messages(first: 50) { edges { node { body visibility } } }
        timeline { note }
      }
    }`,
    { t: report.trackingId, c: report.accessCode },
  );
  const seen = JSON.stringify(trackReport);
  if (!seen.includes(response)) throw new Error(`the reporter does not see the response: ${seen}`);
  if (seen.includes(note)) throw new Error("the reporter sees the internal note");

  // Forward a second report to one of Bandung's units.
  const second = await reportForOperator(verifier, operator);
  const { node } = await graphqlAs(
    operator.token,
    "query D($id: ID!) { node(id: $id) { ... on Report { dispositions { id agency { id } } } } }",
    { id: second.id },
  );
  const disposition = node.dispositions.find((d) => d.agency.id === operator.agencyId);
  await page.goto(url(`/agency/dispositions/${encodeURIComponent(disposition.id)}`));
  await page.getByRole("button", { name: "Terima disposisi" }).click();
  await page.getByRole("button", { name: "Teruskan" }).click();
  const forwardDialog = page.getByRole("dialog", { name: "Teruskan disposisi" });
  const unit = forwardDialog.getByRole("group", { name: "Unit di bawah instansi Anda" }).getByRole("radio").first();
  await unit.waitFor();
  const unitName = ((await unit.locator("xpath=..").textContent()) ?? "").split(" · ")[0].trim();
  await unit.check();
  await forwardDialog.getByLabel("Instruksi (opsional)").fill("Mohon ganti lampu dalam 3 hari kerja.");
  await forwardDialog.getByRole("button", { name: "Teruskan disposisi" }).click();
  await page.getByText(`Disposisi diteruskan ke ${unitName}.`).waitFor();
  await page.getByText(`Pemerintah Kota Bandung → ${unitName}`).waitFor();

  // The agency dashboard from the statistics API.
  await page.getByRole("link", { name: "Dasbor" }).click();
  await page.getByRole("heading", { level: 1, name: "Dasbor instansi" }).waitFor();
  await page.getByRole("table", { name: "Per bulan (12 bulan terakhir)" }).waitFor();
  await page.waitForFunction(() => !document.querySelector(".ad-loading"), null, { timeout: TIMEOUT });
  await axe("the dashboard");
  await page.screenshot({ path: join(screenshotDir, "web-agency-dashboard-1280.png"), fullPage: true });
}

/**
 * The verification desk (issue 7): three reports submitted through the API arrive live in the open queue; the
 * duplicate is merged into its original, the original is verified and disposed to two agencies with the keyboard
 * alone (focus, typing, Space, arrows, Ctrl+Enter); a colleague opening the third is shown (presence), then it is
 * rejected with a template (Alt+R); the audit log shows all three. Screenshots of the queue, the verify form and the
 * audit log (1280 px).
 */
async function verificationDeskScenario(page) {
  const stamp = Date.now().toString(36);
  async function submit(title, body) {
    const data = await graphql(
      `mutation Submit($input: SubmitReportInput!) {
        submitReport(input: $input) { trackingId userErrors { message } }
      }`,
      {
        input: {
          kind: "COMPLAINT",
          title,
          body,
          regionCode: "32.73",
          anonymous: true,
          confidential: false,
          idempotencyKey: `e2e-desk-${stamp}-${Math.random().toString(36).slice(2)}`,
        },
      },
    );
    if (data.submitReport.userErrors.length || !data.submitReport.trackingId)
      throw new Error(`submitReport: ${data.submitReport.userErrors[0]?.message ?? "no tracking ID"}`);
    return data.submitReport.trackingId;
  }
  /** A report in the queue: its row, or its button among the arrivals beyond the loaded pages. */
  const inQueue = (trackingId) =>
    page
      .getByRole("row", { name: new RegExp(trackingId) })
      .or(page.getByRole("button", { name: new RegExp(`^Buka ${trackingId}`) }))
      .first();
  async function open(trackingId) {
    const target = inQueue(trackingId);
    await target.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("form", { name: "Verifikasi dan disposisi" }).waitFor();
    await page.locator(".ad-mono", { hasText: trackingId }).first().waitFor();
  }
  const axe = (where) => expectAccessible(page, where);
  const verifier = await staffToken(adminEmail);

  await page.setViewportSize({ width: 1280, height: 900 });
  const socket = page.waitForEvent("websocket");
  await signIn(page, adminEmail, password);
  await page.getByRole("heading", { name: "Antrean verifikasi" }).waitFor();
  await page.getByRole("table").or(page.getByText("Tidak ada laporan yang menunggu verifikasi.")).first().waitFor();
  await socket;
  await page.waitForTimeout(1000);

  const original = await submit(
    `Jalan berlubang besar di Jalan Cihampelas ${stamp}`,
    "Lubang sedalam 30 cm di Jalan Cihampelas dekat pertigaan sudah dua minggu tidak diperbaiki dan membahayakan pengendara motor.",
  );
  await inQueue(original).waitFor();
  const duplicate = await submit(
    `Jalan berlubang besar di Jalan Cihampelas ${stamp}`,
    "Lubang besar di Jalan Cihampelas dekat pertigaan belum diperbaiki, sudah dua minggu dan berbahaya bagi pengendara motor.",
  );
  const third = await submit(
    `Pertanyaan tentang jadwal pertandingan sepak bola ${stamp}`,
    "Kapan jadwal pertandingan sepak bola liga antarkampung minggu depan? Saya ingin menonton bersama keluarga.",
  );
  await inQueue(duplicate).waitFor();
  await inQueue(third).waitFor();
  await page.screenshot({ path: join(screenshotDir, "web-admin-queue-1280.png"), fullPage: true });

  // Merge the duplicate into its original (Alt+M jumps to the similar reports).
  await open(duplicate);
  await page.keyboard.press("Alt+KeyM");
  const mergeButton = page.getByRole("button", { name: `Gabungkan ke ${original}` });
  await mergeButton.focus();
  await page.keyboard.press("Enter");
  await page.getByText(`${duplicate} digabungkan ke ${original}.`).first().waitFor();
  await inQueue(duplicate).waitFor({ state: "detached" });

  // Verify and dispose the original to two agencies, keyboard only.
  await open(original);
  const title = page.getByLabel("Judul", { exact: true });
  await title.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(`Jalan Cihampelas berlubang (${stamp})`);
  await page.getByLabel("Jenis laporan").focus();
  await page.getByLabel("Kategori", { exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  await page.getByLabel("Cari instansi").focus();
  await page.keyboard.type("Bandung");
  const results = page.getByRole("group", { name: "Hasil pencarian" });
  const boxes = results.getByRole("checkbox");
  await boxes.nth(1).waitFor();
  for (const n of [0, 1]) {
    await boxes.nth(n).focus();
    await page.keyboard.press("Space");
  }
  await page
    .getByRole("group", { name: "Dipilih (2)" })
    .or(page.getByRole("checkbox", { checked: true }).nth(1))
    .first()
    .waitFor();
  await page.getByLabel("Instruksi untuk instansi (opsional)").focus();
  await page.keyboard.type("Mohon perbaikan jalan dijadwalkan dan pelapor dikabari.");
  await page.screenshot({ path: join(screenshotDir, "web-admin-verify-form-1280.png"), fullPage: true });
  await axe("the verification desk");
  await page.keyboard.press("Control+Enter");
  await page
    .getByText(new RegExp(`${original} diverifikasi dan didisposisikan ke `))
    .first()
    .waitFor();
  await inQueue(original).waitFor({ state: "detached" });

  // Presence: a second verifier (the admin) opens the third report; the first sees it said.
  await open(third);
  const other = await page
    .context()
    .browser()
    .newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
  try {
    const colleague = await other.newPage();
    colleague.setDefaultTimeout(TIMEOUT);
    await colleague.goto(url("/admin/"));
    await signIn(colleague, process.env.E2E_NATIONAL_ADMIN_EMAIL ?? "admin@aduan.id", password);
    const row = colleague
      .getByRole("row", { name: new RegExp(third) })
      .or(colleague.getByRole("button", { name: new RegExp(`^Buka ${third}`) }))
      .first();
    await row.focus();
    await colleague.keyboard.press("Enter");
    await page.getByText(/juga sedang membuka laporan ini/).waitFor();
    await colleague.keyboard.press("Escape");
  } finally {
    await other.close();
  }

  // Reject the third with a template (Alt+R).
  await page.getByRole("heading", { level: 2, name: new RegExp(`sepak bola ${stamp}`) }).focus();
  await page.keyboard.press("Alt+KeyR");
  const dialog = page.getByRole("dialog", { name: "Tolak laporan" });
  await dialog.waitFor();
  const reason = dialog.getByLabel("Alasan", { exact: true });
  if ((await dialog.getByLabel("Templat alasan").locator("option").count()) > 1) {
    await dialog.getByLabel("Templat alasan").focus();
    await page.keyboard.press("ArrowDown");
  }
  if (((await reason.inputValue()) ?? "").trim().length < 10) {
    await reason.focus();
    await page.keyboard.type("Laporan ini bukan mengenai pelayanan publik.");
  }
  await dialog.getByRole("button", { name: "Tolak laporan" }).focus();
  await page.keyboard.press("Enter");
  await page.getByText("Laporan ditolak.").first().waitFor();

  // The API agrees.
  const { reports } = await graphqlAs(
    verifier.token,
    "query Q($s: String) { reports(first: 5, filter: { search: $s }) { nodes { trackingId status agencies { id } } } }",
    { s: stamp },
  );
  const byId = Object.fromEntries(reports.nodes.map((r) => [r.trackingId, r]));
  const expected = { [duplicate]: "MERGED", [original]: "DISPOSED", [third]: "REJECTED" };
  for (const [trackingId, status] of Object.entries(expected))
    if (byId[trackingId]?.status !== status)
      throw new Error(`${trackingId} is ${byId[trackingId]?.status ?? "not found"}, not ${status}`);
  if (byId[original].agencies.length !== 2)
    throw new Error(`${original} went to ${byId[original].agencies.length} agencies, not 2`);

  // The audit log shows all three.
  await page.getByRole("link", { name: "Log audit" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Log audit" }).waitFor();
  await page.getByLabel("Hanya tindakan saya").focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Terapkan" }).focus();
  await page.keyboard.press("Enter");
  const log = page.getByRole("table", { name: "Peristiwa laporan, terbaru lebih dulu" });
  for (const [trackingId, event] of [
    [duplicate, "Digabungkan dengan laporan lain"],
    [original, "Laporan diverifikasi"],
    [third, "Laporan ditolak"],
  ])
    await log.getByRole("row").filter({ hasText: trackingId }).filter({ hasText: event }).first().waitFor();
  await page.screenshot({ path: join(screenshotDir, "web-admin-audit-1280.png"), fullPage: true });
  await axe("the audit log");
}

const checks = [
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
    name: "web-agency: sign-in, inbox, client routes, sign-out",
    app: "web-agency",
    path: "/agency/",
    async run(page) {
      await page.getByRole("heading", { name: "Masuk ke Portal Instansi" }).waitFor();
      await signIn(page, agencyEmail, "not-the-password");
      await page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." }).waitFor();
      await signIn(page, agencyEmail, password);
      await page.getByRole("heading", { name: "Kotak masuk disposisi" }).waitFor();
      await page.getByRole("table").or(page.getByText("Tidak ada disposisi baru.")).first().waitFor();
      await page.getByRole("button", { name: "Selesai" }).click();
      await page.getByRole("table").or(page.getByText("Belum ada disposisi yang selesai.")).first().waitFor();
      await page.screenshot({ path: join(screenshotDir, "web-agency.png") });
      // A client route the API answers with the app's index.html; the session survives the reload.
      await page.goto(url("/agency/tidak-ada"));
      await page.getByRole("heading", { name: "Halaman tidak ditemukan" }).waitFor();
      await page.goto(url("/agency/"));
      await page.getByRole("button", { name: "Keluar" }).click();
      await page.getByRole("heading", { name: "Masuk ke Portal Instansi" }).waitFor();
    },
  },
  {
    name: "web-agency: live inbox, accept, internal note, respond, forward to a unit",
    app: "web-agency-console",
    path: "/agency/",
    run: agencyConsoleScenario,
  },
  {
    name: "web-admin: sign-in and verification queue",
    app: "web-admin",
    path: "/admin/",
    async run(page) {
      await page.getByRole("heading", { name: "Masuk ke Portal Verifikasi" }).waitFor();
      await page.screenshot({ path: join(screenshotDir, "web-admin-sign-in.png") });
      await signIn(page, adminEmail, password);
      await page.getByRole("heading", { name: "Antrean verifikasi" }).waitFor();
      await page.getByRole("table").or(page.getByText("Tidak ada laporan yang menunggu verifikasi.")).first().waitFor();
      await page.screenshot({ path: join(screenshotDir, "web-admin.png") });
    },
  },
  {
    name: "web-admin: live queue, merge, verify and dispose by keyboard, reject, audit log",
    app: "web-admin-desk",
    path: "/admin/",
    run: verificationDeskScenario,
  },
];

let browser;
let passed = 0;
let failed = 0;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  log(`chromium ${browser.version()} against ${base}`);
  for (const check of checks) {
    // A fresh profile per app: no session or language choice carries over.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: "id-ID",
      timezoneId: "Asia/Jakarta",
    });
    context.setDefaultTimeout(TIMEOUT);
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    const started = performance.now();
    try {
      await page.goto(url(check.path));
      await check.run(page);
      if (problems.length) throw new Error(problems.join("\n"));
      passed++;
      log(`ok   ${check.name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      failed++;
      await page.screenshot({ path: join(screenshotDir, `${check.app}-failure.png`) }).catch(() => undefined);
      log(
        `FAIL ${check.name}\n     ${String(error instanceof Error ? error.message : error).replaceAll("\n", "\n     ")}`,
      );
    } finally {
      await context.close();
    }
  }
  log(`screenshots: ${screenshotDir}`);
} catch (error) {
  failed++;
  log(`FAIL could not run the browser: ${error instanceof Error ? error.message : error}`);
} finally {
  await browser?.close();
}
log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
