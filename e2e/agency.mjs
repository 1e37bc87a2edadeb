// e2e scenarios of web-agency (issue 6): sign-in, the inbox, the report view and its actions, the dashboard.
import { join } from "node:path";
import {
  adminEmail,
  agencyEmail,
  expectAccessible,
  graphql,
  graphqlAs,
  password,
  reportForOperator,
  screenshotDir,
  screenshotWidths,
  signIn,
  staffToken,
  TIMEOUT,
  url,
} from "./lib.mjs";

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
  await screenshotWidths(page, "web-agency-inbox", [1280, 360]);

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
  await screenshotWidths(page, "web-agency-report", [1280, 360]);

  const response = `Tanggapan e2e ${Date.now()}: lampu sudah diganti oleh petugas PJU hari ini.`;
  await page.getByRole("button", { name: "Tanggapi" }).click();
  const respondDialog = page.getByRole("dialog", { name: "Tindak lanjut" });
  await respondDialog.getByLabel("Tanggapan").fill(response);
  await respondDialog.getByRole("button", { name: "Kirim tanggapan" }).click();
  await respondDialog.waitFor({ state: "detached" });
  await page.getByText("Tidak ada tindakan untuk disposisi ini.").waitFor();

  const seen = await reporterView(report);
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

const KEMENKES_OPERATOR = "operator.kemenkes@aduan.id";
const KEMENKES_ADMIN = "admin.kemenkes@aduan.id";
const YANKES_OPERATOR = "operator.yankes@aduan.id";
const YANKES = "Direktorat Jenderal Pelayanan Kesehatan";

/** What the reporter sees with the tracking ID and access code (status, messages, timeline), as one string. */
async function reporterView(report) {
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
  return JSON.stringify(trackReport);
}

async function signOut(page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await page.getByRole("heading", { name: "Masuk ke Portal Instansi" }).waitFor();
}

/** Signs in at the portal's start and waits for the inbox. */
async function signInToInbox(page, email) {
  await page.goto(url("/agency/"));
  await page.getByRole("heading", { name: "Masuk ke Portal Instansi" }).waitFor();
  await signIn(page, email, password);
  await page.getByRole("heading", { name: "Kotak masuk disposisi" }).waitFor();
}

/** Finds a report in one inbox tab by its tracking ID and opens it (keyboard: focus the row, Enter). */
async function openFromInbox(page, tab, trackingId) {
  await page.getByRole("button", { name: tab, exact: true }).click();
  await page.getByLabel("Cari (ID pelacakan atau isi)").fill(trackingId);
  await page.getByRole("button", { name: "Terapkan" }).click();
  const row = page.getByRole("row").filter({ hasText: trackingId });
  await row.waitFor();
  await row.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Lampu penerangan jalan mati di depan sekolah" }).waitFor();
}

/** Responds from the open report view; returns the response text. */
async function respond(page, label) {
  const response = `Tanggapan e2e ${label} ${Date.now()}: lampu sudah diganti hari ini.`;
  await page.getByRole("button", { name: "Tanggapi" }).click();
  const dialog = page.getByRole("dialog", { name: "Tindak lanjut" });
  await dialog.getByLabel("Tanggapan").fill(response);
  await dialog.getByRole("button", { name: "Kirim tanggapan" }).click();
  await dialog.waitFor({ state: "detached" });
  return response;
}

/** A fresh report verified to Kementerian Kesehatan, accepted in the console by its operator (desktop width). */
async function acceptAsKemenkesOperator(page) {
  const verifier = await staffToken(adminEmail);
  const report = await reportForOperator(verifier, await staffToken(KEMENKES_OPERATOR));
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInToInbox(page, KEMENKES_OPERATOR);
  await openFromInbox(page, "Baru", report.trackingId);
  await page.getByRole("button", { name: "Terima disposisi" }).click();
  return report;
}

/**
 * Forwarding down the hierarchy: Kementerian Kesehatan's operator accepts a report and forwards it to its unit (the
 * Directorate General of Health Services); the unit's operator finds it in the unit's own inbox, accepts and
 * responds, and the reporter sees that response.
 */
async function unitScenario(page) {
  const report = await acceptAsKemenkesOperator(page);
  await page.getByRole("button", { name: "Teruskan" }).click();
  const forwardDialog = page.getByRole("dialog", { name: "Teruskan disposisi" });
  await forwardDialog
    .getByRole("group", { name: "Unit di bawah instansi Anda" })
    .getByRole("radio", { name: new RegExp(`^${YANKES}`) })
    .check();
  const instruction = "Mohon ditindaklanjuti oleh Ditjen Pelayanan Kesehatan.";
  await forwardDialog.getByLabel("Instruksi (opsional)").fill(instruction);
  await forwardDialog.getByRole("button", { name: "Teruskan disposisi" }).click();
  await page.getByText(`Disposisi diteruskan ke ${YANKES}.`).waitFor();
  await signOut(page);

  await signInToInbox(page, YANKES_OPERATOR);
  await openFromInbox(page, "Baru", report.trackingId);
  await page.getByText(`Kementerian Kesehatan → ${YANKES}`).waitFor();
  await page.getByText(instruction).first().waitFor();
  await page.getByRole("button", { name: "Terima disposisi" }).click();
  const response = await respond(page, "unit");
  await page.getByText("Tidak ada tindakan untuk disposisi ini.").waitFor();
  await expectAccessible(page, "the unit's report view");
  const seen = await reporterView(report);
  if (!seen.includes(response)) throw new Error(`the reporter does not see the unit's response: ${seen}`);
  if (seen.includes(instruction)) throw new Error("the reporter sees the forwarding instruction");
}

/**
 * Approval: Kementerian Kesehatan holds its operators' responses for an admin. The operator's response waits as a
 * draft (the reporter sees nothing), the agency admin finds it under "Menunggu persetujuan" and approves it, and only
 * then does the reporter see it.
 */
async function approvalScenario(page) {
  const report = await acceptAsKemenkesOperator(page);
  const response = await respond(page, "persetujuan");
  await page.getByText("Tanggapan disimpan dan menunggu persetujuan admin instansi.").waitFor();
  await page.getByRole("heading", { name: "Draf tanggapan menunggu persetujuan" }).waitFor();
  if ((await page.getByRole("button", { name: "Setujui dan terbitkan" }).count()) !== 0)
    throw new Error("an operator is offered the approval");
  const held = await reporterView(report);
  if (held.includes(response)) throw new Error(`the reporter sees a response before its approval: ${held}`);
  await signOut(page);

  await signInToInbox(page, KEMENKES_ADMIN);
  await openFromInbox(page, "Menunggu persetujuan", report.trackingId);
  await page.locator("blockquote", { hasText: response }).waitFor();
  await expectAccessible(page, "the approval view");
  await page.getByRole("button", { name: "Setujui dan terbitkan" }).click();
  await page.getByText("Tanggapan disetujui dan diterbitkan.").waitFor();
  const published = await reporterView(report);
  if (!published.includes(response)) throw new Error(`the reporter does not see the approved response: ${published}`);
}

/**
 * The units screen: Kementerian Kesehatan's admin sees the agency and its units, adds a unit that needs approval,
 * opens a unit's sub-units, and creates an operator account for the new unit from the staff screen. axe-core on
 * these and the reply templates screen; screenshots of the units screen at phone and desktop widths.
 */
async function unitsScreenScenario(page) {
  await signInToInbox(page, KEMENKES_ADMIN);
  const nav = page.getByRole("navigation", { name: "Menu portal" });
  await nav.getByRole("link", { name: "Unit kerja" }).click();
  await page.getByRole("heading", { level: 1, name: "Unit kerja" }).waitFor();
  const tree = page.getByRole("region", { name: "Unit di bawah Kementerian Kesehatan" });
  await tree.getByText(YANKES, { exact: true }).waitFor();
  await page.getByRole("region", { name: "Instansi Anda" }).getByText("Tanggapan perlu persetujuan admin").waitFor();

  const name = `Unit Pengaduan E2E ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "Tambah unit" }).click();
  const dialog = page.getByRole("dialog", { name: "Unit baru" });
  await dialog.getByRole("button", { name: "Tambah unit" }).click();
  await dialog.getByText("Tulis nama unit.").waitFor();
  await dialog.getByLabel("Nama").fill(name);
  await dialog.getByLabel("Email kontak (opsional)").fill("pengaduan-e2e@kemkes.go.id");
  await dialog.getByLabel("Tanggapan operator perlu persetujuan admin instansi").check();
  await expectAccessible(page, "the new unit dialog");
  await dialog.getByRole("button", { name: "Tambah unit" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.locator("[data-sonner-toast]", { hasText: `${name} ditambahkan ke daftar unit.` }).waitFor();
  const card = tree.locator(".ad-card", { hasText: name });
  await card.getByText("Email kontak: pengaduan-e2e@kemkes.go.id").waitFor();
  await card.getByText("Tanggapan perlu persetujuan admin").waitFor();
  await tree.getByRole("button", { name: `Tampilkan sub-unit ${YANKES}` }).click();
  await page
    .getByRole("region", { name: `Unit di bawah ${YANKES}` })
    .getByText(/Belum ada unit\.|Email kontak|Belum ada email kontak/)
    .first()
    .waitFor();
  await expectAccessible(page, "the units screen");
  await screenshotWidths(page, "web-agency-units");
  await page.setViewportSize({ width: 1280, height: 900 });

  // An operator account for the new unit, from the staff screen.
  await nav.getByRole("link", { name: "Petugas" }).click();
  await page.getByRole("heading", { level: 1, name: "Petugas instansi" }).waitFor();
  await page.getByRole("button", { name: "Petugas baru" }).click();
  const staff = page.getByRole("dialog", { name: "Petugas baru" });
  await staff.getByLabel("Nama").fill("Operator Unit E2E");
  const email = `operator.${Date.now().toString(36)}@kemkes.go.id`;
  await staff.getByLabel("Email").fill(email);
  await staff.getByLabel("Instansi/unit").locator("option", { hasText: name }).waitFor({ state: "attached" });
  await staff.getByLabel("Instansi/unit").selectOption({ label: name });
  await staff.getByRole("button", { name: "Buat akun" }).click();
  const created = page.getByRole("dialog", { name: "Akun dibuat" });
  await created.getByLabel("Kata sandi awal").waitFor();
  await created.getByRole("button", { name: "Selesai" }).click();
  const row = page.getByRole("row").filter({ hasText: email });
  await row.filter({ hasText: name }).waitFor();
  await expectAccessible(page, "the staff screen");

  await nav.getByRole("link", { name: "Templat balasan" }).click();
  await page.getByRole("heading", { level: 1, name: "Templat balasan" }).waitFor();
  await page.getByRole("table").or(page.getByText("Belum ada templat balasan.")).first().waitFor();
  await expectAccessible(page, "the reply templates screen");
}

export const checks = [
  {
    name: "web-agency: sign-in, inbox, client routes, sign-out",
    app: "web-agency",
    path: "/agency/",
    async run(page) {
      await page.getByRole("heading", { name: "Masuk ke Portal Instansi" }).waitFor();
      await expectAccessible(page, "the sign-in page");
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
      await expectAccessible(page, "the not-found page");
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
    name: "web-agency: forward to a unit; the unit's operator finds it in the unit's inbox and responds",
    app: "web-agency-unit",
    path: "/agency/",
    run: unitScenario,
  },
  {
    name: "web-agency: a response held for the agency admin's approval reaches the reporter only once approved",
    app: "web-agency-approval",
    path: "/agency/",
    run: approvalScenario,
  },
  {
    name: "web-agency: the units screen (add a unit) and an operator account for the new unit",
    app: "web-agency-units",
    path: "/agency/",
    run: unitsScreenScenario,
  },
];
