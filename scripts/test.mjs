#!/usr/bin/env node
// `npm test`: build, then typecheck and test every workspace through turbo (tests never from cache), then the
// browser end-to-end run against the built product, and finally the plain closing line CI reads,
// `N passed, N failed`, summed over every workspace's vitest JSON report and the e2e run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runE2e } from "./e2e.mjs";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const workspaces = pkg.workspaces.flatMap((w) =>
  w.endsWith("/*") ? fs.readdirSync(path.join(root, w.slice(0, -2))).map((d) => path.join(w.slice(0, -2), d)) : [w],
);
const withTests = workspaces.filter((w) => {
  const file = path.join(root, w, "package.json");
  return fs.existsSync(file) && JSON.parse(fs.readFileSync(file, "utf8")).scripts?.test;
});
for (const w of withTests) fs.rmSync(path.join(root, w, "test-results.json"), { force: true });

const turbo = (args) => spawnSync("npx", ["turbo", "run", ...args], { cwd: root, stdio: "inherit", env }).status;
const built = turbo(["build", "--output-logs=errors-only"]);
const tested = built === 0 ? turbo(["typecheck", "test", "--force", "--concurrency=1"]) : 1;

let passed = 0;
let failed = 0;
const missing = [];
for (const w of withTests) {
  const file = path.join(root, w, "test-results.json");
  if (!fs.existsSync(file)) {
    missing.push(w);
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  // A file that fails to load counts no test but must not pass unnoticed.
  failed += (r.testResults ?? []).filter(
    (t) => t.status === "failed" && (t.assertionResults ?? []).length === 0,
  ).length;
}
if (missing.length) {
  process.stdout.write(`no test results from: ${missing.join(", ")}\n`);
  failed += missing.length;
}

const e2e = built === 0 ? await runE2e() : { passed: 0, failed: 1 };
passed += e2e.passed;
failed += e2e.failed;

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(built === 0 && tested === 0 && failed === 0 ? 0 : 1);
