// e2e scenario of web-admin's platform management (/kelola, issue 7), as a national admin: a subcategory with its
// default agency, a holiday, a national service level, a unit of an agency whose connected flag is then set, a
// verifier account (its one-time password works) that is then disabled, a webhook whose secret is shown once. Each
// change is checked through the API afterwards; axe-core on every management page; screenshots at 390 and 1280 px.
import { join } from "node:path";
import {
  adminEmail,
  expectAccessible,
  graphqlAs,
  log,
  password,
  screenshotWidths,
  signIn,
  staffToken,
} from "./lib.mjs";

const nationalAdminEmail = process.env.E2E_NATIONAL_ADMIN_EMAIL ?? "admin@aduan.id";

/** Opens a management section by its sub-navigation link and waits for its heading. */
async function openSection(page, link, heading) {
  await page.getByRole("navigation", { name: "Bagian pengelolaan" }).getByRole("link", { name: link }).click();
  await page.getByRole("heading", { name: heading, level: 2, exact: true }).waitFor();
}

/** Chooses an agency in a picker (fieldset `legend`) by searching for it. */
async function pickAgency(scope, legend, name) {
  const picker = scope.getByRole("group", { name: legend });
  await picker.getByLabel("Cari instansi").fill(name);
  const select = picker.getByLabel("Instansi", { exact: true });
  await select.locator("option", { hasText: name }).first().waitFor({ state: "attached" });
  await select.selectOption({ label: name });
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function manageScenario(page) {
  const stamp = Date.now().toString(36);
  const { token } = await staffToken(nationalAdminEmail);
  const api = (query, variables) => graphqlAs(token, query, variables);
  const axe = (where) => expectAccessible(page, where);

  await signIn(page, nationalAdminEmail, password);
  await page.getByRole("heading", { name: "Antrean verifikasi" }).waitFor();
  await page.getByRole("link", { name: "Kelola" }).click();
  await page.getByRole("heading", { name: "Kelola platform", level: 1 }).waitFor();

  // Agencies (the first section): a unit of the Ministry of Social Affairs, then its connected flag.
  await page.getByRole("heading", { name: "Instansi", level: 2, exact: true }).waitFor();
  await page
    .getByRole("button", { name: /^Tampilkan unit / })
    .first()
    .waitFor();
  await axe("/kelola/instansi");
  await screenshotWidths(page, "web-admin-manage-agencies");
  const parentName = "Kementerian Sosial";
  const unitName = `Unit Pengaduan E2E ${stamp}`;
  await page.getByLabel("Cari di seluruh pohon").fill(parentName);
  await page.getByRole("button", { name: parentName, exact: true }).click();
  await page.getByRole("button", { name: "Tambah unit" }).click();
  const unitDialog = page.getByRole("dialog", { name: `Unit baru di ${parentName}` });
  await unitDialog.getByLabel("Nama instansi").fill(unitName);
  await unitDialog.getByRole("button", { name: "Buat instansi" }).click();
  await unitDialog.waitFor({ state: "detached" });
  await page.getByRole("heading", { name: unitName, level: 2, exact: true }).waitFor();
  await page.getByLabel("Sistem pengaduan instansi terhubung lewat API").check();
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await page.getByText(`Perubahan “${unitName}” disimpan.`).waitFor();
  await axe("/kelola/instansi (a unit chosen)");
  const units = await api(
    `query ($search: String) { agencies(search: $search, first: 5) { nodes { name kind connected parent { name } } } }`,
    { search: unitName },
  );
  const unit = units.agencies.nodes.find((a) => a.name === unitName);
  expect(unit, `the API has no agency ${unitName}`);
  expect(unit.kind === "UNIT" && unit.parent?.name === parentName, `${unitName} is not a unit of ${parentName}`);
  expect(unit.connected === true, `${unitName} is not connected`);

  // Categories: a subcategory of "Jalan Rusak" with the Ministry of Public Works as its default agency.
  await openSection(page, "Kategori", "Kategori");
  await page.getByRole("button", { name: "Tampilkan subkategori Infrastruktur" }).click();
  await page.getByRole("button", { name: "Jalan Rusak", exact: true }).click();
  await page.getByLabel("Nama kategori").waitFor();
  await axe("/kelola/kategori");
  await screenshotWidths(page, "web-admin-manage-categories");
  const categoryName = `Jalan Tol E2E ${stamp}`;
  const agencyName = "Kementerian Pekerjaan Umum";
  await page.getByRole("button", { name: "Tambah subkategori" }).click();
  const categoryDialog = page.getByRole("dialog", { name: "Subkategori baru di Jalan Rusak" });
  await categoryDialog.getByLabel("Nama kategori").fill(categoryName);
  await pickAgency(categoryDialog, "Instansi bawaan", agencyName);
  await categoryDialog.getByRole("button", { name: "Buat kategori" }).click();
  await categoryDialog.waitFor({ state: "detached" });
  await page.getByRole("button", { name: categoryName, exact: true }).waitFor();
  const categories = await api(
    `{ categories { name children { name children { name defaultAgency { name } parent { id } } } } }`,
  );
  const roads = categories.categories
    .find((c) => c.name === "Infrastruktur")
    ?.children.find((c) => c.name === "Jalan Rusak");
  const created = roads?.children.find((c) => c.name === categoryName);
  expect(created, `the API has no subcategory ${categoryName} under Jalan Rusak`);
  expect(created.defaultAgency?.name === agencyName, `${categoryName}'s default agency is not ${agencyName}`);

  // The calendar: a holiday next year and a national service level.
  await openSection(page, "Hari libur dan SLA", "Hari libur nasional");
  await page.getByRole("heading", { name: "SLA nasional" }).waitFor();
  await axe("/kelola/kalender");
  await screenshotWidths(page, "web-admin-manage-calendar");
  const year =
    Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Jakarta" }).format(new Date())) + 1;
  const date = `${year}-07-${String(10 + (Date.now() % 18)).padStart(2, "0")}`;
  const holidayName = `Libur E2E ${stamp}`;
  const holidayForm = page.getByRole("form", { name: "Tambah hari libur" });
  await holidayForm.getByLabel("Tanggal").fill(date);
  await holidayForm.getByLabel("Nama hari libur").fill(holidayName);
  await holidayForm.getByRole("button", { name: "Simpan hari libur" }).click();
  await page.getByText(`Hari libur “${holidayName}” (${date}) disimpan.`).waitFor();
  await page.getByLabel("Tahun", { exact: true }).selectOption(String(year));
  await page.getByRole("cell", { name: holidayName, exact: true }).waitFor();
  const { holidays } = await api(`query ($year: Int!) { holidays(year: $year) { date name } }`, { year });
  expect(
    holidays.some((h) => h.date === date && h.name === holidayName),
    `the API has no holiday ${holidayName} on ${date}`,
  );

  const slaForm = page.getByRole("form", { name: "Tambah atau ubah pengaturan" });
  await slaForm.getByLabel("Tahap").selectOption("REPLY_WINDOW");
  await slaForm.getByLabel("Jenis laporan").selectOption("SUGGESTION");
  await slaForm.getByLabel("Hari kerja").fill("12");
  await slaForm.getByRole("button", { name: "Simpan pengaturan" }).click();
  await page.getByLabel("Hari kerja untuk Tanggapan pelapor, aspirasi").waitFor();
  await axe("/kelola/kalender (after adding)");
  const { serviceLevels } = await api(`{ serviceLevels { step kind workingDays agency { id } } }`);
  expect(
    serviceLevels.some(
      (s) => s.step === "REPLY_WINDOW" && s.kind === "SUGGESTION" && s.workingDays === 12 && s.agency === null,
    ),
    "the API has no national REPLY_WINDOW setting of 12 working days for suggestions",
  );

  // Users: a verifier account (its one-time password signs in), then disabled.
  await openSection(page, "Pengguna dan peran", "Pengguna dan peran");
  await page.getByRole("table", { name: "Akun pengguna" }).waitFor();
  await axe("/kelola/pengguna");
  await screenshotWidths(page, "web-admin-manage-users");
  const verifierName = `Verifikator E2E ${stamp}`;
  const verifierEmail = `verifikator-e2e-${stamp}@aduan.id`;
  await page.getByRole("button", { name: "Akun staf baru" }).click();
  const userDialog = page.getByRole("dialog", { name: "Akun staf baru" });
  await userDialog.getByLabel("Nama lengkap").fill(verifierName);
  await userDialog.getByLabel("Email").fill(verifierEmail);
  await userDialog.getByLabel("Peran").selectOption("VERIFIER");
  await userDialog.getByRole("button", { name: "Buat akun" }).click();
  const passwordDialog = page.getByRole("dialog", { name: `Akun ${verifierName} dibuat` });
  const initialPassword = (await passwordDialog.locator(".ad-secret").textContent())?.trim() ?? "";
  expect(initialPassword.length >= 12, "no initial password was shown");
  await axe("the initial password dialog");
  await passwordDialog.getByRole("button", { name: "Sudah disimpan" }).click();
  await passwordDialog.waitFor({ state: "detached" });
  expect(!(await page.getByText(initialPassword).count()), "the initial password is still on the page");
  const firstLogIn = await graphqlAs(
    null,
    `mutation ($input: LogInInput!) { logIn(input: $input) { token user { roles } } }`,
    { input: { email: verifierEmail, password: initialPassword } },
  );
  expect(firstLogIn.logIn.token && firstLogIn.logIn.user.roles.includes("VERIFIER"), "the initial password fails");
  await page.getByLabel("Cari nama atau email").fill(verifierEmail);
  // The search has answered: the list holds the one account.
  await page.getByText("1 akun", { exact: true }).waitFor();
  const toggles = [];
  page.on("request", (request) => {
    const body = request.postData() ?? "";
    if (body.includes("ManageSetUserDisabled")) toggles.push(JSON.parse(body).variables.input.disabled);
  });
  const row = page.getByRole("row", { name: new RegExp(verifierName) });
  await row.getByRole("button", { name: `Nonaktifkan ${verifierName}` }).click();
  await row.getByRole("button", { name: `Aktifkan ${verifierName}` }).waitFor();
  const readVerifier = async () =>
    (
      await api(`query ($filter: UserFilter) { users(filter: $filter, first: 5) { nodes { email disabled roles } } }`, {
        filter: { search: verifierEmail },
      })
    ).users.nodes.find((u) => u.email === verifierEmail);
  // The answer to setUserDisabled says "disabled", yet a read right after it has (rarely) still seen the account
  // enabled for a moment: allow the API two seconds to agree with itself, and say what was read.
  const reads = [];
  for (let i = 0; i < 5 && reads.at(-1)?.disabled !== true; i++) {
    if (i) await new Promise((resolve) => setTimeout(resolve, 500));
    reads.push(await readVerifier());
  }
  expect(reads[0]?.roles.includes("VERIFIER"), `the API has no verifier ${verifierEmail}`);
  expect(
    reads.at(-1).disabled === true,
    `${verifierEmail} is not disabled (the page asked ${JSON.stringify(toggles)}); reads: ${JSON.stringify(reads.map((r) => r?.disabled))}`,
  );
  if (reads.length > 1)
    log(`     note: the API read ${verifierEmail} as enabled ${reads.length - 1} time(s) after disabling it`);
  const refused = await graphqlAs(null, `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`, {
    input: { email: verifierEmail, password: initialPassword },
  });
  expect(!refused.logIn.token, "a disabled account still signs in");

  // Webhooks: the secret is shown once.
  await openSection(page, "Webhook", "Webhook");
  await page.getByRole("table", { name: "Webhook terdaftar" }).or(page.getByText("Belum ada webhook.")).waitFor();
  const hookUrl = `https://127.0.0.1:9/aduan-e2e-${stamp}`;
  await page.getByRole("button", { name: "Webhook baru" }).click();
  const hookDialog = page.getByRole("dialog", { name: "Webhook baru" });
  await hookDialog.getByLabel("Alamat penerima (URL)").fill(hookUrl);
  await hookDialog.getByLabel("Laporan diverifikasi").check();
  await hookDialog.getByRole("button", { name: "Buat webhook" }).click();
  const secretDialog = page.getByRole("dialog", { name: "Rahasia webhook" });
  const secret = (await secretDialog.locator(".ad-secret").textContent())?.trim() ?? "";
  expect(secret.startsWith("whsec_"), `the webhook's secret was not shown (${secret})`);
  await secretDialog.getByRole("button", { name: "Sudah disimpan" }).click();
  await secretDialog.waitFor({ state: "detached" });
  await page.getByRole("cell", { name: hookUrl, exact: true }).waitFor();
  expect(!(await page.getByText(secret).count()), "the webhook's secret is still on the page");
  await page.getByRole("button", { name: `Log pengiriman ${hookUrl}` }).click();
  await page
    .getByText("Belum ada pengiriman.")
    .or(page.getByRole("table", { name: `Log pengiriman ${hookUrl}` }))
    .waitFor();
  await axe("/kelola/webhook");
  await screenshotWidths(page, "web-admin-manage-webhooks");
  const { webhooks } = await api(`{ webhooks(first: 100) { nodes { url eventTypes active } } }`);
  const hook = webhooks.nodes.find((w) => w.url === hookUrl);
  expect(
    hook?.active && hook.eventTypes.join() === "VERIFIED",
    `the API has no active webhook ${hookUrl} for VERIFIED`,
  );

  // The section is the admins': signed in as a verifier, its address is not found and no link leads to it.
  await page.getByRole("button", { name: "Keluar" }).click();
  await page.getByRole("heading", { name: "Masuk ke Portal Verifikasi" }).waitFor();
  await signIn(page, adminEmail, password);
  await page.getByRole("heading", { name: "Halaman tidak ditemukan" }).waitFor();
  await page.getByRole("link", { name: "Antrean verifikasi" }).click();
  await page.getByRole("heading", { name: "Antrean verifikasi" }).waitFor();
  expect(!(await page.getByRole("link", { name: "Kelola" }).count()), "a verifier sees the management link");
}

export const checks = [
  {
    name: "web-admin: platform management (agencies, categories, calendar and SLAs, users, webhooks)",
    app: "web-admin-manage",
    path: "/admin/",
    run: manageScenario,
  },
];
