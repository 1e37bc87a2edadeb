// e2e scenarios of web-admin (issue 7): sign-in, the verification desk, the audit log; the returned queue, overdue
// dispositions, the notification outbox and the national statistics (an analyst's only pages).
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  adminEmail,
  agencyEmail,
  expectAccessible,
  graphql,
  graphqlAs,
  noUserErrors,
  password,
  reportForOperator,
  screenshotDir,
  screenshotWidths,
  signIn,
  staffToken,
  TIMEOUT,
  url,
} from "./lib.mjs";

const nationalAdminEmail = process.env.E2E_NATIONAL_ADMIN_EMAIL ?? "admin@aduan.id";
const analystEmail = process.env.E2E_ANALYST_EMAIL ?? "analis@aduan.id";

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
  await screenshotWidths(page, "web-admin-queue");

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
  await screenshotWidths(page, "web-admin-verify-form");
  await page.getByLabel("Instruksi untuk instansi (opsional)").focus();
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
    await signIn(colleague, nationalAdminEmail, password);
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

/**
 * The returned queue and the overdue list (issue 7): a report verified to the demo operator's agency and returned by
 * that operator (through the API) appears in the returned queue with the reason; the verifier opens it with the
 * keyboard and routes it to another agency with the desk's own form; the overdue list renders and filters by
 * escalation. axe-core on both pages; screenshots at phone and desktop widths.
 */
async function oversightScenario(page) {
  const verifier = await staffToken(adminEmail);
  const operator = await staffToken(agencyEmail);
  const report = await reportForOperator(verifier, operator);
  const { node } = await graphqlAs(
    verifier.token,
    "query R($id: ID!) { node(id: $id) { ... on Report { dispositions { id agency { id name } } } } }",
    { id: report.id },
  );
  const disposition = node.dispositions.find((d) => d.agency.id === operator.agencyId);
  if (!disposition) throw new Error(`${report.trackingId} has no disposition to the operator's agency`);
  const reason = `Bukan kewenangan ${disposition.agency.name}: mohon diteruskan ke dinas terkait (${report.trackingId}).`;
  noUserErrors(
    "returnDisposition",
    (
      await graphqlAs(
        operator.token,
        "mutation Return($input: ReturnDispositionInput!) { returnDisposition(input: $input) { userErrors { message } } }",
        { input: { dispositionId: disposition.id, reason } },
      )
    ).returnDisposition,
  );

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, adminEmail, password);
  await page.getByRole("heading", { name: "Antrean verifikasi" }).waitFor();
  await page.getByRole("link", { name: "Dikembalikan" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Laporan dikembalikan" }).waitFor();
  const row = page.getByRole("row", { name: new RegExp(report.trackingId) });
  await row.waitFor();
  await row.getByText(reason).waitFor();
  await row.getByText(disposition.agency.name).first().waitFor();
  await expectAccessible(page, "the returned queue");
  await screenshotWidths(page, "web-admin-returned");

  // Open it by keyboard: the reasons sit beside the desk's verify form.
  await row.focus();
  await page.keyboard.press("Enter");
  const reasons = page.getByRole("region", { name: "Alasan pengembalian" });
  await reasons.getByText(reason).waitFor();
  await page.getByRole("form", { name: "Verifikasi dan disposisi" }).waitFor();
  await page.getByLabel("Kategori", { exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  await page.getByLabel("Cari instansi").focus();
  // A ministry this time (not the city that returned it).
  await page.keyboard.type("Kementerian");
  const ministry = page.getByRole("group", { name: "Hasil pencarian" }).getByRole("checkbox").first();
  await ministry.waitFor();
  await ministry.focus();
  await page.keyboard.press("Space");
  await expectAccessible(page, "a returned report open at the desk");
  await screenshotWidths(page, "web-admin-returned-open");
  await page.keyboard.press("Control+Enter");
  await page
    .getByText(new RegExp(`${report.trackingId} diverifikasi dan didisposisikan ke `))
    .first()
    .waitFor();
  await row.waitFor({ state: "detached" });
  const { reports } = await graphqlAs(
    verifier.token,
    "query Q($s: String) { reports(first: 1, filter: { search: $s }) { nodes { status dispositions { status agency { id } } } } }",
    { s: report.trackingId },
  );
  const routed = reports.nodes[0];
  if (routed?.status !== "DISPOSED") throw new Error(`${report.trackingId} is ${routed?.status}, not DISPOSED`);
  if (!routed.dispositions.some((d) => d.status === "PENDING" && d.agency.id !== operator.agencyId))
    throw new Error(`${report.trackingId} was not routed to another agency`);

  // Overdue dispositions across agencies, filtered by escalation.
  await page.getByRole("link", { name: "Disposisi terlambat" }).click();
  await page.getByRole("heading", { name: "Disposisi melewati tenggat" }).waitFor();
  const overdueTable = page.getByRole("table", { name: "Disposisi yang melewati tenggat" });
  const none = page.getByText("Tidak ada disposisi yang melewati tenggat.");
  await overdueTable.or(none).first().waitFor();
  if (await overdueTable.isVisible()) {
    const due = await overdueTable.locator("tbody tr time").evaluateAll((times) => times.map((t) => t.dateTime));
    if (due.some((d, i) => i > 0 && d < due[i - 1])) throw new Error("the overdue list is not sorted by deadline");
  }
  await expectAccessible(page, "the overdue dispositions");
  await screenshotWidths(page, "web-admin-overdue");
  await page.getByLabel("Eskalasi").selectOption("AGENCY_ADMINS");
  await page.waitForTimeout(300);
  await overdueTable.or(none).first().waitFor();
  if (await overdueTable.isVisible()) {
    const levels = await overdueTable.locator("tbody .ad-chip").allTextContents();
    if (levels.some((level) => level !== "Ke admin instansi"))
      throw new Error(`the escalation filter let through: ${[...new Set(levels)].join(", ")}`);
  }
}

/**
 * The notification outbox (admins): a named reporter's report is verified through the API; the outbox lists the
 * message to the reporter with the address masked (never the address itself), filters to that report and by status.
 */
async function outboxScenario(page) {
  const stamp = Date.now().toString(36);
  const email = `pelapor.${stamp}@contoh.id`;
  const verifier = await staffToken(adminEmail);
  const operator = await staffToken(agencyEmail);
  const submitted = await graphql(
    `mutation Submit($input: SubmitReportInput!) { submitReport(input: $input) { trackingId report { id } userErrors { message } } }`,
    {
      input: {
        kind: "COMPLAINT",
        title: `Antrean layanan KTP sangat panjang ${stamp}`,
        body: "Antrean di kantor Dukcapil sudah tiga hari tidak bergerak dan nomor antrean habis sejak pagi.",
        anonymous: false,
        confidential: false,
        reporter: { name: "Pelapor Uji", email },
        idempotencyKey: randomUUID(),
      },
    },
  );
  const { trackingId } = noUserErrors("submitReport", submitted.submitReport);
  const { categories } = await graphqlAs(verifier.token, "{ categories { id } }");
  noUserErrors(
    "verifyReport",
    (
      await graphqlAs(
        verifier.token,
        "mutation Verify($input: VerifyReportInput!) { verifyReport(input: $input) { userErrors { message } } }",
        {
          input: {
            reportId: submitted.submitReport.report.id,
            categoryId: categories[0].id,
            agencyIds: [operator.agencyId],
          },
        },
      )
    ).verifyReport,
  );

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, nationalAdminEmail, password);
  await page.getByRole("link", { name: "Kotak keluar" }).click();
  await page.getByRole("heading", { name: "Kotak keluar notifikasi" }).waitFor();
  const table = page.getByRole("table", { name: "Notifikasi, terbaru lebih dulu" });
  const row = table.getByRole("row").filter({ hasText: trackingId }).first();
  // The message is queued by a background job: look again until it is there.
  for (let attempt = 0; !(await row.isVisible()); attempt++) {
    if (attempt === 20) throw new Error(`no notification for ${trackingId} in the outbox`);
    await page.waitForTimeout(1000);
    await page.goto(url("/admin/outbox"));
    await table.or(page.getByText("Tidak ada notifikasi yang cocok.")).first().waitFor();
  }
  await row.getByText(`p***@contoh.id`).waitFor();
  await row.getByText("Pelapor · Email").waitFor();
  if ((await page.content()).includes(email)) throw new Error("the outbox shows the reporter's address unmasked");
  await expectAccessible(page, "the notification outbox");
  await page.screenshot({ path: join(screenshotDir, "web-admin-outbox-1280.png"), fullPage: true });

  // Only this report's notifications, then by status.
  await row.getByRole("button", { name: new RegExp(`^Hanya ${trackingId}`) }).click();
  await page.getByText(`Hanya notifikasi laporan ${trackingId}.`).waitFor();
  await page.waitForTimeout(300);
  const others = (await table.locator("tbody tr").allTextContents()).filter((text) => !text.includes(trackingId));
  if (others.length) throw new Error(`the report filter let through ${others.length} other notifications`);
  // A status it does not have hides it; any status shows it again.
  const failed = (await row.locator(".ad-chip").textContent())?.trim() === "Gagal";
  await page.getByLabel("Status").selectOption(failed ? "SENT" : "FAILED");
  await page.getByText("Tidak ada notifikasi yang cocok.").waitFor();
  await page.getByLabel("Status").selectOption("");
  await row.waitFor();
}

/**
 * An analyst signs in and sees only the statistics (no desk page, even by its address); the page draws its charts,
 * regroups by province, and a view downloads as CSV. axe-core; screenshots at phone and desktop widths.
 */
async function analystScenario(page) {
  await signIn(page, analystEmail, password);
  await page.getByRole("heading", { name: "Statistik nasional" }).waitFor();
  const links = await page.getByRole("navigation", { name: "Menu portal" }).getByRole("link").allTextContents();
  if (links.join("|") !== "Statistik") throw new Error(`an analyst sees the links: ${links.join(", ")}`);
  const chart = page.locator('[data-chart="line"] svg.recharts-surface');
  await chart.first().waitFor();
  await page.locator('[data-chart="province"] svg.recharts-surface').first().waitFor();
  await expectAccessible(page, "the statistics page (phone)");
  await screenshotWidths(page, "web-admin-statistics");
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, "the statistics page (desktop)");

  // Reports by province, split by kind: ranked bars, and the CSV has one line per bucket.
  await page.getByLabel("Kelompokkan menurut").selectOption("PROVINCE");
  await page.getByLabel("Pisahkan menurut").selectOption("KIND");
  await page.locator('[data-chart="bar"] svg.recharts-surface').first().waitFor();
  const table = page.getByRole("table", { name: "Angka penjelajah" });
  await table.getByRole("columnheader", { name: "Provinsi" }).waitFor();
  const rows = await table.locator("tbody tr").count();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh CSV penjelajah" }).click(),
  ]);
  if (!/^statistik-province-kind-.*\.csv$/.test(download.suggestedFilename()))
    throw new Error(`CSV named ${download.suggestedFilename()}`);
  const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  if (!lines[0].startsWith("Provinsi,Jenis laporan,Jumlah laporan,")) throw new Error(`CSV header: ${lines[0]}`);
  if (lines.length !== rows + 1) throw new Error(`CSV has ${lines.length - 1} rows, the table ${rows}`);

  // The view is in the address: a reload (or a shared link) opens the same one.
  if (!page.url().includes("kelompok=PROVINCE&pisah=KIND")) throw new Error(`the address is ${page.url()}`);
  await page.reload();
  await page.locator('[data-chart="bar"] svg.recharts-surface').first().waitFor();
  if ((await page.getByLabel("Pisahkan menurut").inputValue()) !== "KIND") throw new Error("the view was not restored");

  // No desk page, even by its address; the API refuses the desk's data too.
  await page.goto(url("/admin/returned"));
  await page.getByRole("heading", { name: "Halaman tidak ditemukan" }).waitFor();
  await expectAccessible(page, "an analyst's not-found page");
  const analyst = await staffToken(analystEmail);
  const refused = await graphqlAs(analyst.token, "{ notifications(first: 1) { totalCount } }").then(
    () => false,
    () => true,
  );
  if (!refused) throw new Error("the API let an analyst read the notification outbox");
}

export const checks = [
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
  {
    name: "web-admin: returned queue (re-routed by keyboard) and overdue dispositions",
    app: "web-admin-oversight",
    path: "/admin/",
    run: oversightScenario,
  },
  {
    name: "web-admin: notification outbox",
    app: "web-admin-outbox",
    path: "/admin/",
    run: outboxScenario,
  },
  {
    name: "web-admin: an analyst sees only the statistics; charts and CSV download",
    app: "web-admin-statistics",
    path: "/admin/",
    run: analystScenario,
  },
];
