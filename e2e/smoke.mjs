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
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

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

async function signIn(page, email, secret) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(secret);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/** The list, or its empty state, has rendered (not the spinner or an error). */
async function listOrEmpty(page, emptyText) {
  await page.locator("ul.ad-list > li").first().or(page.getByText(emptyText)).waitFor({ timeout: TIMEOUT });
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
    name: "web-agency: sign-in, inbox, client routes, sign-out",
    app: "web-agency",
    path: "/agency/",
    async run(page) {
      await page.getByRole("heading", { name: "Masuk ke Portal Instansi" }).waitFor();
      await signIn(page, agencyEmail, "not-the-password");
      await page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." }).waitFor();
      await signIn(page, agencyEmail, password);
      await page.getByRole("heading", { name: "Kotak masuk disposisi" }).waitFor();
      await listOrEmpty(page, "Tidak ada disposisi yang perlu ditindaklanjuti.");
      await page.getByRole("button", { name: "Semua" }).click();
      await listOrEmpty(page, "Belum ada disposisi untuk instansi Anda.");
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
    name: "web-admin: sign-in and verification queue",
    app: "web-admin",
    path: "/admin/",
    async run(page) {
      await page.getByRole("heading", { name: "Masuk ke Portal Verifikasi" }).waitFor();
      await page.screenshot({ path: join(screenshotDir, "web-admin-sign-in.png") });
      await signIn(page, adminEmail, password);
      await page.getByRole("heading", { name: "Antrean verifikasi" }).waitFor();
      await listOrEmpty(page, "Tidak ada laporan yang menunggu verifikasi.");
      await page.screenshot({ path: join(screenshotDir, "web-admin.png") });
    },
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
