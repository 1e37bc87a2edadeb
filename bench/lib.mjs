// Helpers shared by the benchmarks (run.mjs, subscriptions.mjs): output and errors, child processes, the bench
// package's dependencies, the bench database, building and calling the API, and the figures' formatting.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

export const BENCH_DIR = import.meta.dirname;
export const ROOT = path.resolve(BENCH_DIR, "..");
export const API_DIR = path.join(ROOT, "api");
export const RESULTS_DIR = path.join(BENCH_DIR, "results");
export const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

// ---------------------------------------------------------------------------------------------------------------
// Output and errors

export function out(s) {
  process.stdout.write(s);
}
export function step(s) {
  out(`\n== ${s}\n`);
}
/** An error of the set-up or the answers: printed as its message alone, without a stack. */
export class BenchError extends Error {}
export function fail(message) {
  throw new BenchError(message);
}

/**
 * Command-line options with `--help` and `--no-build` added: exits with the usage on --help or a bad option.
 * Returns the values and `int(name, min)`, which reads a whole-number option or fails saying why.
 */
export function parseCommandLine(options, usage) {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        ...options,
        "no-build": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (e) {
    fail(`${e.message}\n${usage}`);
  }
  if (values.help) {
    out(`${usage}\n`);
    process.exit(0);
  }
  const int = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) fail(`--${name} must be an integer >= ${min} (got ${values[name]})`);
    return n;
  };
  return { values, int, build: !values["no-build"] };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs the bench's main function: exit 0 when it resolves, 1 with the message (and children stopped) when not. */
export function runMain(main) {
  main().then(
    () => process.exit(0),
    (e) => {
      process.stderr.write(`\nbench failed: ${e instanceof BenchError ? e.message : (e?.stack ?? String(e))}\n`);
      killAllNow();
      process.exit(1);
    },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes: each in its own process group, so that stopping one stops whatever it started (npm's children,
// tsc), and all of them are stopped when the bench ends for any reason.

const children = new Set();

function signalGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Registers a child (spawned with `detached: true`) to be stopped with the bench. */
export function track(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

export function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", resolve));
}

export async function stopChild(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited(child);
  clearTimeout(timer);
}

export function killAllNow() {
  for (const child of children) signalGroup(child, "SIGKILL");
}

/** Stops the tracked children when the bench exits or is interrupted (call once, from the bench's own process). */
export function installSignalHandlers() {
  process.on("exit", killAllNow);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      out(`\nInterrupted (${signal}): stopping child processes.\n`);
      Promise.race([
        Promise.all([...children].map((c) => stopChild(c, 3000))),
        new Promise((r) => setTimeout(r, 5000)),
      ]).finally(() => {
        killAllNow();
        process.exit(128 + (os.constants.signals[signal] ?? 2));
      });
    });
  }
}

/** Runs a command to completion with its output on ours; rejects with `what` and the exit status on failure. */
export function runCommand(what, command, args, { cwd = ROOT, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = track(spawn(command, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"], detached: true }));
    child.once("error", (e) => reject(new BenchError(`${what}: could not start ${command}: ${e.message}`)));
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new BenchError(
            `${what} failed (${signal ? `signal ${signal}` : `exit code ${code}`}): ${command} ${args.join(" ")}`,
          ),
        );
    });
  });
}

/** A long-running server: output kept (last 200 lines) for the error message if it fails to start. */
export function startServer(name, args, { cwd, env }) {
  const child = track(spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true }));
  const lines = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split("\n")) if (line.trim()) lines.push(line);
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.once("error", (e) => lines.push(`spawn error: ${e.message}`));
  return { name, child, lines };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function waitUntilReady(server, url, init, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      fail(
        `${server.name} exited during start-up (${server.child.exitCode ?? server.child.signalCode}). Its output:\n${server.lines.join("\n")}`,
      );
    }
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  fail(`${server.name} did not answer ${url} within ${timeoutMs / 1000} s. Its output:\n${server.lines.join("\n")}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Dependencies of the bench package (installed into bench/node_modules from bench/package-lock.json)

export async function ensureBenchDependencies() {
  const pkg = JSON.parse(fs.readFileSync(path.join(BENCH_DIR, "package.json"), "utf8"));
  const installed = path.join(BENCH_DIR, "node_modules", ".package-lock.json");
  const lock = path.join(BENCH_DIR, "package-lock.json");
  const complete =
    fs.existsSync(installed) &&
    fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs &&
    Object.keys(pkg.dependencies).every((d) => fs.existsSync(path.join(BENCH_DIR, "node_modules", d, "package.json")));
  if (complete) return;
  step("Installing the bench's dependencies (npm ci --prefix bench)");
  await runCommand("Installing the bench's dependencies", NPM, [
    "ci",
    "--prefix",
    BENCH_DIR,
    "--no-audit",
    "--no-fund",
  ]);
}

export function versionOf(pkg) {
  return JSON.parse(fs.readFileSync(path.join(BENCH_DIR, "node_modules", pkg, "package.json"), "utf8")).version;
}

// ---------------------------------------------------------------------------------------------------------------
// Database

/**
 * The bench database `name` on the server of DATABASE_URL (its database part is ignored), or on
 * postgresql://postgres@127.0.0.1:5432 without it; `admin` is the same server's `postgres` database.
 */
export function benchDatabaseUrl(name) {
  const raw = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432";
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail(`DATABASE_URL is not a URL: ${raw}`);
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) fail(`DATABASE_URL must be a postgresql:// URL (got ${url.protocol})`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const bench = new URL(url);
  bench.pathname = `/${name}`;
  return { name, admin: admin.toString(), bench: bench.toString(), display: redact(bench) };
}

export function redact(url) {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

export async function withClient(pg, url, fn) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (e) {
    fail(`Cannot connect to PostgreSQL at ${redact(url)}: ${e.message}`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the bench database if it does not exist. */
export async function ensureDatabase(pg, urls) {
  await withClient(pg, urls.admin, async (c) => {
    const { rowCount } = await c.query("select 1 from pg_database where datname = $1", [urls.name]);
    if (!rowCount) {
      out(`Creating database ${urls.name}\n`);
      await c.query(`create database ${urls.name}`);
    }
  });
}

/** Drops the bench database (ending its sessions) and creates it empty. */
export async function recreateDatabase(pg, urls) {
  await withClient(pg, urls.admin, async (c) => {
    await c.query(`drop database if exists ${urls.name} with (force)`);
    await c.query(`create database ${urls.name}`);
  });
}

export async function countReports(pg, url) {
  return withClient(pg, url, async (c) => {
    const { rows } = await c.query("select to_regclass('public.report') is not null as present");
    if (!rows[0].present) return 0;
    return (await c.query("select count(*)::int as n from report")).rows[0].n;
  });
}

/** Tops the bench database up to `wanted` reports with the seed CLI (keys in `dataDir`), then analyzes it. */
export async function seedIfNeeded(pg, urls, dataDir, wanted) {
  const name = urls.name;
  const have = await countReports(pg, urls.bench);
  if (have >= wanted) {
    out(`${name} has ${have.toLocaleString("en")} reports: no seeding needed\n`);
    return;
  }
  step(
    `Seeding ${name} with ${wanted.toLocaleString("en")} reports (it has ${have.toLocaleString("en")}); this takes a while`,
  );
  try {
    await runCommand(
      "Seeding the bench database",
      NPM,
      ["run", "seed", "-w", "api", "--", "--reports", String(wanted - have)],
      {
        env: { ...process.env, DATABASE_URL: urls.bench, DATA_DIR: dataDir, NODE_ENV: "development" },
      },
    );
  } catch (e) {
    fail(
      `${e.message}\nThe seed CLI is api/src/scripts/seed.ts; run it by hand to see the full error:\n  DATABASE_URL=${urls.display} npm run seed -w api -- --reports ${wanted - have}`,
    );
  }
  const now = await countReports(pg, urls.bench);
  if (now < wanted) fail(`After seeding, ${name} has ${now} reports, fewer than the ${wanted} asked for.`);
  await withClient(pg, urls.bench, (c) => c.query("analyze"));
}

// ---------------------------------------------------------------------------------------------------------------
// The API

/** Builds the API (`npm run build -w api`) unless told not to; either way its entry point must exist. */
export async function buildApi(build) {
  if (build) {
    step("Building the API (npm run build -w api)");
    await runCommand("Building the API", NPM, ["run", "build", "-w", "api"]);
  }
  if (!fs.existsSync(path.join(API_DIR, "dist", "src", "main.js")))
    fail("api/dist/src/main.js is missing: build the API (npm run build -w api).");
}

export async function graphql(url, query, variables, token) {
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    fail(`${url} answered ${res.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  if (!res.ok || json.errors)
    fail(`${url} answered ${res.status} with errors: ${JSON.stringify(json.errors ?? json).slice(0, 1000)}`);
  return json.data;
}

export async function logIn(url, email, password) {
  const data = await graphql(
    url,
    "mutation ($input: LogInInput!) { logIn(input: $input) { token userErrors { code message } } }",
    {
      input: { email, password },
    },
  );
  return data.logIn.token ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Processes' resources (Linux /proc; null where it cannot be read)

/** CPU seconds (user + system) a process has used, from /proc (Linux); null where that cannot be read. */
export function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = (() => {
  const res = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const n = Number(res.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

// ---------------------------------------------------------------------------------------------------------------
// Figures

export const round2 = (n) => Math.round(n * 100) / 100;

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function render(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The machine the figures were taken on. */
export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}
