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

export const checks = [
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
];
