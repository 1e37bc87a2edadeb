#!/usr/bin/env node
// `npm test`: typecheck and test every workspace through turbo (no cache: results must be fresh), then print the
// plain closing line CI reads, `N passed, N failed`, summed from each workspace's vitest JSON report.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const workspaces = pkg.workspaces.flatMap((w) =>
  w.endsWith("/*") ? fs.readdirSync(path.join(root, w.slice(0, -2))).map((d) => path.join(w.slice(0, -2), d)) : [w],
);
for (const w of workspaces) fs.rmSync(path.join(root, w, "test-results.json"), { force: true });

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.CI ? "0" : "1" };
const run = spawnSync("npx", ["turbo", "run", "typecheck", "test", "--force", "--concurrency=1", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env,
});

let passed = 0;
let failed = 0;
const missing = [];
for (const w of workspaces) {
  const file = path.join(root, w, "test-results.json");
  const hasTests = fs.existsSync(path.join(root, w, "package.json")) && JSON.parse(fs.readFileSync(path.join(root, w, "package.json"), "utf8")).scripts?.test;
  if (!hasTests) continue;
  if (!fs.existsSync(file)) {
    missing.push(w);
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
}
if (missing.length) {
  process.stdout.write(`no test results from: ${missing.join(", ")}\n`);
  failed += missing.length;
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
