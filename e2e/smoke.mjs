#!/usr/bin/env node
// Browser smoke test of the three SPAs as the API serves them (/, /agency/, /admin/), on a phone-sized screen in
// Debian's Chromium driven by playwright-core. It needs a running API with the built SPAs and the demo accounts:
//
//   E2E_BASE_URL=http://127.0.0.1:4000 node e2e/smoke.mjs
//
// Environment: E2E_BASE_URL (default http://127.0.0.1:4000); E2E_AGENCY_EMAIL, E2E_ADMIN_EMAIL, E2E_PASSWORD (default:
// the seeded demo accounts); CHROMIUM_PATH (default /usr/bin/chromium); E2E_SCREENSHOT_DIR (default: the OS temp
// folder; screenshots are never written into the repo). Prints `e2e: N passed, N failed` and exits non-zero on failure.
//
// Scenarios: public.mjs, agency.mjs, admin.mjs (helpers in lib.mjs). E2E_ONLY=web-admin (comma-separated prefixes of
// the checks' app names) runs only those.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { checks as adminChecks } from "./admin.mjs";
import { checks as manageChecks } from "./admin-manage.mjs";
import { checks as agencyChecks } from "./agency.mjs";
import { base, log, screenshotDir, TIMEOUT, url } from "./lib.mjs";
import { checks as publicChecks } from "./public.mjs";

mkdirSync(screenshotDir, { recursive: true });
const only = (process.env.E2E_ONLY ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const checks = [...publicChecks, ...agencyChecks, ...adminChecks, ...manageChecks].filter(
  (check) => !only.length || only.some((prefix) => check.app.startsWith(prefix)),
);

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
