// e2e scenarios of web-admin (issue 7): sign-in, the verification desk, the audit log.
import { join } from "node:path";
import {
  adminEmail,
  expectAccessible,
  graphql,
  graphqlAs,
  password,
  screenshotDir,
  signIn,
  staffToken,
  TIMEOUT,
  url,
} from "./lib.mjs";

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
];
