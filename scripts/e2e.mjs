#!/usr/bin/env node
// The browser end-to-end run: the built product (npm run build first) on a fresh database with the demo data, driven
// in Debian's Chromium by e2e/smoke.mjs. `npm test` runs it after the workspaces' tests; on its own,
// `node scripts/e2e.mjs` (E2E_ONLY=web-admin for some of the checks; DATABASE_URL for an external PostgreSQL).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The built product on a fresh database (seeded demo data), driven in Debian's Chromium by e2e/smoke.mjs. */
export async function runE2e() {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aduan-e2e-"));
  fs.chmodSync(dataDir, 0o755);
  const dbName = `aduan_e2e_${process.pid}`;
  const apiEnv = {
    ...env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    SEED_REPORTS: "300",
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  if (process.env.DATABASE_URL)
    apiEnv.DATABASE_URL = process.env.DATABASE_URL.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);
  else delete apiEnv.DATABASE_URL;
  process.stdout.write(
    `\n> e2e: API on :${port} (${apiEnv.DATABASE_URL ? "PostgreSQL at DATABASE_URL" : "embedded PostgreSQL"})\n`,
  );
  const api = spawn(process.execPath, ["dist/src/main.js"], {
    cwd: path.join(root, "api"),
    env: apiEnv,
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (api.exitCode != null) throw new Error(`the API exited with code ${api.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error("the API did not start within 3 minutes");
      await new Promise((r) => setTimeout(r, 500));
    }
    const run = spawnSync(process.execPath, ["e2e/smoke.mjs"], {
      cwd: root,
      env: { ...env, E2E_BASE_URL: `http://127.0.0.1:${port}` },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    process.stdout.write(run.stdout);
    const m = /e2e: (\d+) passed, (\d+) failed/.exec(run.stdout);
    return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 1 };
  } catch (e) {
    process.stdout.write(`e2e could not run: ${e.message}\n`);
    return { passed: 0, failed: 1 };
  } finally {
    api.kill("SIGTERM");
    await new Promise((r) => (api.exitCode != null ? r() : api.once("exit", r)));
    if (apiEnv.DATABASE_URL)
      spawnSync("psql", [process.env.DATABASE_URL, "-qc", `drop database if exists ${dbName} with (force)`], {
        stdio: "ignore",
      });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { passed, failed } = await runE2e();
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(failed ? 1 : 0);
}
