#!/usr/bin/env node
// `npm run bench`: the read path of the Aduan API against PostGraphile 4.14.1, in one run on the same database.
//
// 1. Installs the bench's own dependencies (bench/package-lock.json; outside the workspaces: PostGraphile 4 needs
//    graphql 15), builds the API, and seeds database `aduan_bench` with 100,000 reports unless it has them.
// 2. Per query, starts our API and then PostGraphile, one at a time (they never compete for the cores, and both meet
//    the same moment of a machine that other work may share), checks that each returns the expected rows and the same
//    rows as the other, then loads it with autocannon from this process: a warm-up, then a measured run.
// 3. Prints req/s, p50 and p99 per query and server with the ratio ours/PostGraphile (and, on Linux, the CPU time per
//    request of the server process and of its PostgreSQL backends), and writes bench/results/read-path.json.
//
// Options (after `npm run bench --`): --connections N (16), --duration S (10), --warmup S (3), --no-build,
// --reports N (100000). DATABASE_URL picks the PostgreSQL server (its database part is ignored: the bench uses
// `aduan_bench` on it); without it, postgresql://postgres@127.0.0.1:5432.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  API_DIR,
  BENCH_DIR,
  benchDatabaseUrl,
  buildApi,
  cpuSeconds,
  ensureBenchDependencies,
  ensureDatabase,
  fail,
  freePort,
  graphql,
  installSignalHandlers,
  logIn,
  machine,
  out,
  parseCommandLine,
  RESULTS_DIR,
  render,
  round2,
  runMain,
  seedIfNeeded,
  startServer,
  step,
  stopChild,
  versionOf,
  waitUntilReady,
  withClient,
} from "./lib.mjs";

const RESULTS_FILE = path.join(RESULTS_DIR, "read-path.json");
/** The API's DATA_DIR for the seed and the server: the keys the bench database's rows were sealed with. */
const DATA_DIR = path.join(RESULTS_DIR, "data");
const BENCH_DB = "aduan_bench";
/** The API's pool (api/src/db/mikro-orm.config.ts: pool max 10); PostGraphile gets the same. */
const POOL_MAX = 10;
/** A staff account the bench creates only when no demo operator's agency has a full inbox page. */
const BENCH_OPERATOR = { email: "bench.operator@bench.invalid", name: "Bench Operator" };
const DETAIL_IDS = 1000;
const LIST_SIZE = 20;
const INBOX_SIZE = 50;

// ---------------------------------------------------------------------------------------------------------------
// Options

const USAGE = "Usage: npm run bench -- [--connections 16] [--duration 10] [--warmup 3] [--reports 100000] [--no-build]";

function parseOptions() {
  const { int, build } = parseCommandLine(
    {
      connections: { type: "string", default: "16" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "3" },
      reports: { type: "string", default: "100000" },
    },
    USAGE,
  );
  return {
    connections: int("connections", 1),
    duration: int("duration", 1),
    warmup: int("warmup", 0),
    reports: int("reports", 1),
    build,
  };
}

installSignalHandlers();

// ---------------------------------------------------------------------------------------------------------------
// Database

/** A connection that reads which backends serve the bench database (for their CPU time); null if /proc is not ours to read. */
async function openMonitor(pg, url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query("select pg_backend_pid() as pid");
    if (cpuSeconds(rows[0].pid) == null) {
      await client.end();
      return null;
    }
    return client;
  } catch {
    await client.end().catch(() => {});
    return null;
  }
}

/** Everything the queries need from the data: tracking IDs, the inbox's operator, sizes for the record. */
async function inspectData(pg, url) {
  return withClient(pg, url, async (c) => {
    const { rows: sizes } = await c.query(`select
      (select count(*)::int from report) as reports,
      (select count(*)::int from report where verified_at is not null and not confidential) as "publicReports",
      (select count(*)::int from disposition) as dispositions,
      (select count(*)::int from agency) as agencies,
      (select current_setting('server_version')) as "serverVersion"`);
    await c.query("select setseed(0.2026)");
    const { rows: ids } = await c.query(
      "select tracking_id from report where verified_at is not null and not confidential order by random() limit $1",
      [DETAIL_IDS],
    );
    if (ids.length < DETAIL_IDS)
      fail(`Only ${ids.length} verified, non-confidential reports: the detail query needs ${DETAIL_IDS}.`);
    return { ...sizes[0], trackingIds: ids.map((r) => r.tracking_id) };
  });
}

/** Agencies with their subtree (the agency and its units, as the API scopes an inbox) and its dispositions. */
const SUBTREES = `with recursive sub(root, id) as (
    select id, id from agency union select sub.root, a.id from agency a join sub on a.parent_id = sub.id
  ), trees as (select root, array_agg(id order by id) as subtree from sub group by root)
  select t.root as "agencyId", a.name, t.subtree,
    (select count(*)::int from disposition d where d.agency_id = any(t.subtree)) as dispositions
  from trees t join agency a on a.id = t.root`;

async function chooseInbox(pg, url, apiUrl) {
  const operators = await withClient(pg, url, async (c) => {
    const { rows } = await c.query(
      `with s as (${SUBTREES})
      select u.email, s.* from app_user u join s on s."agencyId" = u.agency_id
      where 'AGENCY_OPERATOR' = any(u.roles) and not u.disabled and u.email <> $1
      order by s.dispositions desc, u.id`,
      [BENCH_OPERATOR.email],
    );
    return rows;
  });
  // The seeded demo accounts share one password, which the API's seed exports.
  const demoPassword = operators[0]?.dispositions >= INBOX_SIZE ? apiValue("db/seed/users.js", "DEMO_PASSWORD") : null;
  for (const op of demoPassword ? operators : []) {
    if (op.dispositions < INBOX_SIZE) break;
    const token = await logIn(apiUrl, op.email, demoPassword);
    if (token) return { ...op, token, account: "demo operator" };
  }
  // No demo operator with a full page: a bench operator for the busiest agency, with the API's own password hash.
  const busiest = await withClient(
    pg,
    url,
    async (c) => (await c.query(`${SUBTREES} order by dispositions desc, "agencyId" limit 1`)).rows[0],
  );
  if (!busiest || busiest.dispositions < INBOX_SIZE) {
    fail(
      `No agency has ${INBOX_SIZE} dispositions (the busiest has ${busiest?.dispositions ?? 0}): the inbox query needs a full page.`,
    );
  }
  const password = crypto.randomBytes(24).toString("base64url");
  const hash = hashWithApi(password);
  await withClient(pg, url, (c) =>
    c.query(
      `insert into app_user (name, email, password_hash, roles, agency_id) values ($1, $2, $3, '{AGENCY_OPERATOR}', $4)
       on conflict (email) do update set password_hash = excluded.password_hash, agency_id = excluded.agency_id, disabled = false`,
      [BENCH_OPERATOR.name, BENCH_OPERATOR.email, hash, busiest.agencyId],
    ),
  );
  const token = await logIn(apiUrl, BENCH_OPERATOR.email, password);
  if (!token) fail(`Could not sign in as the bench operator ${BENCH_OPERATOR.email}.`);
  return { ...busiest, email: BENCH_OPERATOR.email, token, account: "bench operator" };
}

/** Runs a snippet against the built API (api/dist/src) in a child process and returns what it prints. */
function withApi(what, body, env = {}) {
  const script = `require("reflect-metadata");
    const api = (m) => require("./dist/src/" + m);
    Promise.resolve().then(() => ${body})
      .then((v) => process.stdout.write(String(v)), (e) => { process.stderr.write(String(e?.stack ?? e)); process.exit(1); })`;
  const res = spawnSync(process.execPath, ["-e", script], {
    cwd: API_DIR,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (res.status !== 0) fail(`${what} with the built API failed: ${res.stderr || res.error}`);
  return res.stdout;
}

/** A string constant the API exports (e.g. the seeded demo accounts' password), or null if it has none. */
function apiValue(module, name) {
  const v = withApi(`Reading ${name}`, `api(${JSON.stringify(module)})[${JSON.stringify(name)}] ?? ""`);
  return v === "" ? null : v;
}

/** argon2id through the API's own hashPassword. */
function hashWithApi(password) {
  const hash = withApi(
    "Hashing the bench operator's password",
    'api("users/auth.service.js").hashPassword(process.env.BENCH_PASSWORD)',
    {
      BENCH_PASSWORD: password,
    },
  );
  if (!hash.startsWith("$argon2"))
    fail(`Hashing the bench operator's password with the API gave no argon2 hash: ${hash.slice(0, 40)}`);
  return hash;
}

// ---------------------------------------------------------------------------------------------------------------
// GraphQL

/** The three read paths, written for each server; `canonical` maps both answers to one comparable shape. */
const QUERIES = [
  {
    key: "detail",
    title: "report detail by tracking ID, with category and region",
    ours: `query Detail($t: String!) { trackReport(trackingId: $t) {
      id trackingId title body status createdAt supportCount category { name } region { name } } }`,
    postgraphile: `query Detail($t: String!) { reportByTrackingId(trackingId: $t) {
      id trackingId title body status createdAt supportCount categoryByCategoryId { name } regionByRegionCode { name } } }`,
    variables: (ctx) => ctx.trackingIds.map((t) => ({ t })),
    canonical: {
      ours: (d) => report(d.trackReport),
      postgraphile: (d) => report(d.reportByTrackingId, "pg"),
    },
    check: (c, vars) => {
      if (!c) return "no report";
      if (c.trackingId !== vars.t) return `asked for ${vars.t}, got ${c.trackingId}`;
      if (c.title == null || c.body == null) return "title or body missing";
      return null;
    },
  },
  {
    key: "list",
    title: `public list of ${LIST_SIZE}, with category, region and agencies`,
    ours: `query List { reports(first: ${LIST_SIZE}) { nodes {
      id trackingId title status createdAt supportCount category { name } region { name } agencies { name } } } }`,
    postgraphile: `query List { allReports(first: ${LIST_SIZE}, orderBy: [CREATED_AT_DESC, ID_DESC], condition: { listed: true }) { nodes {
      id trackingId title status createdAt supportCount categoryByCategoryId { name } regionByRegionCode { name }
      dispositionsByReportId(condition: { handling: true }) { nodes { agencyByAgencyId { name } } } } } }`,
    variables: () => [{}],
    canonical: {
      ours: (d) => d.reports.nodes.map((n) => ({ ...report(n), agencies: names(n.agencies.map((a) => a.name)) })),
      postgraphile: (d) =>
        d.allReports.nodes.map((n) => ({
          ...report(n, "pg"),
          agencies: names(n.dispositionsByReportId.nodes.map((x) => x.agencyByAgencyId.name)),
        })),
    },
    check: (c) => (c.length === LIST_SIZE ? null : `${c.length} rows instead of ${LIST_SIZE}`),
  },
  {
    key: "inbox",
    title: `agency inbox of ${INBOX_SIZE}, with report, category and region`,
    ours: `query Inbox { dispositions(first: ${INBOX_SIZE}) { nodes {
      id status dueAt report { trackingId title status category { name } region { name } } } } }`,
    postgraphile: `query Inbox($agencyIds: [Int!]!) { allDispositions(first: ${INBOX_SIZE}, orderBy: [DUE_AT_ASC, ID_ASC], condition: { agencyIds: $agencyIds }) { nodes {
      id status dueAt reportByReportId { trackingId title status categoryByCategoryId { name } regionByRegionCode { name } } } } }`,
    variables: (ctx, side) => [side === "postgraphile" ? { agencyIds: ctx.inbox.subtree } : {}],
    auth: true,
    canonical: {
      ours: (d) =>
        d.dispositions.nodes.map((n) => ({ status: n.status, dueAt: ms(n.dueAt), report: report(n.report) })),
      postgraphile: (d) =>
        d.allDispositions.nodes.map((n) => ({
          status: n.status,
          dueAt: ms(n.dueAt),
          report: report(n.reportByReportId, "pg"),
        })),
    },
    check: (c) => {
      if (c.length !== INBOX_SIZE) return `${c.length} rows instead of ${INBOX_SIZE}`;
      if (c.some((d) => !d.report?.title)) return "a disposition without its report's content";
      return null;
    },
  },
];

const ms = (v) => (v == null ? null : Date.parse(v));
const names = (list) => [...new Set(list)].sort();

function report(n, side) {
  if (!n) return null;
  const category = side === "pg" ? n.categoryByCategoryId : n.category;
  const region = side === "pg" ? n.regionByRegionCode : n.region;
  return {
    trackingId: n.trackingId,
    title: n.title,
    ...(n.body !== undefined ? { body: n.body } : {}),
    status: n.status,
    ...(n.createdAt !== undefined ? { createdAt: ms(n.createdAt) } : {}),
    ...(n.supportCount !== undefined ? { supportCount: n.supportCount } : {}),
    category: category?.name ?? null,
    region: region?.name ?? null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Load

async function measure(autocannon, url, body, { connections, seconds, token }) {
  const bodies = body.map((v) => v);
  let next = 0;
  let graphqlErrors = 0;
  let cacheHits = 0;
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const result = await autocannon({
    url,
    method: "POST",
    headers,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (req) => {
          req.body = bodies[next];
          next = (next + 1) % bodies.length;
          return req;
        },
        onResponse: (status, resBody, _context, resHeaders) => {
          if (status === 200 && resBody.includes('"errors":[')) graphqlErrors++;
          // Our API's shared one-second cache for anonymous queries marks its answers.
          if ((resHeaders["x-cache"] ?? resHeaders["X-Cache"]) === "HIT") cacheHits++;
        },
      },
    ],
  });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    latencyMean: result.latency.average,
    requests: result.requests.total,
    seconds: result.duration,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    cacheHitRatio: result.requests.total ? round2(cacheHits / result.requests.total) : 0,
  };
}

/** CPU of the bench database's PostgreSQL backends (local server, readable /proc), keyed by pid. */
async function backendCpu(monitor) {
  if (!monitor) return null;
  const { rows } = await monitor.query(
    "select pid from pg_stat_activity where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid()",
    [BENCH_DB],
  );
  const map = new Map();
  for (const { pid } of rows) {
    const s = cpuSeconds(pid);
    if (s == null) return null;
    map.set(pid, s);
  }
  return map;
}

/** One query against one running server: check the answers, warm up, measure. */
async function benchQuery(side, srv, q, ctx, opts, autocannon, monitor) {
  const { server, url } = srv;
  const query = q[side];
  const variables = q.variables(ctx, side);
  const token = q.auth && side === "ours" ? ctx.inbox.token : undefined;
  // Answers before measuring: the expected shape and row count, and the same rows on both sides.
  const canon = [];
  for (const v of variables.slice(0, 25)) {
    const data = await graphql(url, query, v, token);
    const c = q.canonical[side](data);
    const problem = q.check(c, v);
    if (problem)
      fail(`${server.name}, ${q.key}: unexpected answer (${problem}): ${JSON.stringify(data).slice(0, 800)}`);
    canon.push(c);
  }
  const other = ctx.samples[side === "ours" ? "postgraphile" : "ours"][q.key];
  if (other) {
    const [a, b] = side === "ours" ? [canon, other] : [other, canon];
    const sa = JSON.stringify(a);
    const sb = JSON.stringify(b);
    if (sa !== sb)
      fail(
        `${q.key}: PostGraphile's rows differ from ours; the comparison would not be fair.\nours:         ${sa.slice(0, 1500)}\npostgraphile: ${sb.slice(0, 1500)}`,
      );
  }
  ctx.samples[side][q.key] = canon;

  const bodies = variables.map((v) => JSON.stringify({ query, variables: v }));
  out(`${server.name.padEnd(13)} ${q.key.padEnd(7)} warm-up ${opts.warmup} s ... `);
  if (opts.warmup > 0)
    await measure(autocannon, url, bodies, { connections: opts.connections, seconds: opts.warmup, token });
  out(`measuring ${opts.duration} s ... `);
  const cpu0 = cpuSeconds(server.child.pid);
  const pg0 = await backendCpu(monitor);
  const r = await measure(autocannon, url, bodies, { connections: opts.connections, seconds: opts.duration, token });
  const cpu1 = cpuSeconds(server.child.pid);
  const pg1 = await backendCpu(monitor);
  r.serverCpuMsPerRequest =
    cpu0 != null && cpu1 != null && r.requests ? round2(((cpu1 - cpu0) * 1000) / r.requests) : null;
  if (pg0 && pg1 && r.requests) {
    let used = 0;
    for (const [pid, s] of pg1) used += s - (pg0.get(pid) ?? 0);
    r.postgresCpuMsPerRequest = round2((used * 1000) / r.requests);
  } else {
    r.postgresCpuMsPerRequest = null;
  }
  const hits = r.cacheHitRatio > 0 ? `, ${Math.round(r.cacheHitRatio * 100)}% from the shared cache` : "";
  out(`${fmt(r.reqPerSec)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${hits}\n`);
  const bad = r.errors + r.timeouts + r.non2xx + r.graphqlErrors;
  if (bad > 0) {
    fail(
      `${server.name}, ${q.key}: ${r.errors} connection errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx and ${r.graphqlErrors} GraphQL errors under load. Server output:\n${server.lines.slice(-40).join("\n")}`,
    );
  }
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Servers

async function startOurs(urls) {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: urls.bench,
    PORT: String(port),
    HOST: "127.0.0.1",
    SEED_ON_START: "false",
    LOG_LEVEL: "warn",
    DATA_DIR,
  };
  delete env.REDIS_URL;
  const server = startServer("ours", [path.join(API_DIR, "dist", "src", "main.js")], { cwd: API_DIR, env });
  await waitUntilReady(server, `http://127.0.0.1:${port}/healthz`, {});
  return { server, url: `http://127.0.0.1:${port}/graphql` };
}

async function startPostGraphile(urls) {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: urls.bench,
    PORT: String(port),
    POOL_MAX: String(POOL_MAX),
    NODE_ENV: "production",
  };
  const server = startServer("postgraphile", [path.join(BENCH_DIR, "postgraphile-server.mjs")], {
    cwd: BENCH_DIR,
    env,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitUntilReady(server, url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  return { server, url };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const fmt = (n) =>
  (Math.round(n * 10) / 10).toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function table(results) {
  const head = [
    "query",
    "ours req/s",
    "p50 ms",
    "p99 ms",
    "cached",
    "PostGraphile req/s",
    "p50 ms",
    "p99 ms",
    "ours/PG",
  ];
  const rows = QUERIES.map((q) => {
    const a = results.ours[q.key];
    const b = results.postgraphile[q.key];
    return [
      q.key,
      fmt(a.reqPerSec),
      String(a.p50),
      String(a.p99),
      `${Math.round(a.cacheHitRatio * 100)}%`,
      fmt(b.reqPerSec),
      String(b.p50),
      String(b.p99),
      `${(a.reqPerSec / b.reqPerSec).toFixed(2)}x`,
    ];
  });
  return render(head, rows);
}

/** CPU time per request (server process, PostgreSQL backends): steadier than req/s on a machine shared with other work. */
function cpuTable(results) {
  const ms = (v) => (v == null ? "n/a" : v.toFixed(2));
  const head = [
    "query",
    "ours server ms",
    "ours PostgreSQL ms",
    "PostGraphile server ms",
    "PostGraphile PostgreSQL ms",
  ];
  const rows = QUERIES.map((q) => {
    const a = results.ours[q.key];
    const b = results.postgraphile[q.key];
    return [
      q.key,
      ms(a.serverCpuMsPerRequest),
      ms(a.postgresCpuMsPerRequest),
      ms(b.serverCpuMsPerRequest),
      ms(b.postgresCpuMsPerRequest),
    ];
  });
  return render(head, rows);
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const opts = parseOptions();
  const urls = benchDatabaseUrl(BENCH_DB);
  await ensureBenchDependencies();
  const { default: pg } = await import("pg");
  const { default: autocannon } = await import("autocannon");

  step(`Database ${urls.display}`);
  await ensureDatabase(pg, urls);
  await seedIfNeeded(pg, urls, DATA_DIR, opts.reports);

  await buildApi(opts.build);

  const data = await inspectData(pg, urls.bench);
  out(
    `${data.reports.toLocaleString("en")} reports (${data.publicReports.toLocaleString("en")} public), ` +
      `${data.dispositions.toLocaleString("en")} dispositions, ${data.agencies} agencies; PostgreSQL ${data.serverVersion}\n`,
  );

  const ctx = { trackingIds: data.trackingIds, inbox: null, samples: { ours: {}, postgraphile: {} } };
  const loadBefore = os.loadavg().map(round2);
  // Per query: ours, then PostGraphile, each started fresh and alone, so that both meet the same moment of a
  // machine that other work may share.
  const monitor = await openMonitor(pg, urls.bench);
  const results = { ours: {}, postgraphile: {} };
  try {
    for (const q of QUERIES) {
      step(`${q.title}: ${opts.connections} connections, pool ${POOL_MAX} on both`);
      for (const side of ["ours", "postgraphile"]) {
        const srv = side === "ours" ? await startOurs(urls) : await startPostGraphile(urls);
        try {
          if (side === "ours" && !ctx.inbox) {
            ctx.inbox = await chooseInbox(pg, urls.bench, srv.url);
            out(
              `inbox of ${ctx.inbox.name} (${ctx.inbox.subtree.length} agencies with its units, ${ctx.inbox.dispositions.toLocaleString("en")} dispositions), as ${ctx.inbox.account} ${ctx.inbox.email}\n`,
            );
          }
          results[side][q.key] = await benchQuery(side, srv, q, ctx, opts, autocannon, monitor);
        } finally {
          await stopChild(srv.server.child, 5000);
        }
      }
    }
  } finally {
    await monitor?.end().catch(() => {});
  }

  step("Results (req/s: mean over the measured run; latency in ms)");
  out(`${table(results)}\n`);
  out("\nCPU time per request (ms):\n");
  out(`${cpuTable(results)}\n`);

  const record = {
    benchmark: "read-path",
    date: new Date().toISOString(),
    machine: {
      ...machine(),
      loadAverageBefore: loadBefore,
      loadAverageAfter: os.loadavg().map(round2),
    },
    postgraphileVersion: versionOf("postgraphile"),
    postgresql: data.serverVersion,
    data: {
      reports: data.reports,
      publicReports: data.publicReports,
      dispositions: data.dispositions,
      agencies: data.agencies,
    },
    settings: {
      connections: opts.connections,
      warmupSeconds: opts.warmup,
      durationSeconds: opts.duration,
      poolMax: POOL_MAX,
      detailTrackingIds: DETAIL_IDS,
      loadGenerator: `autocannon ${versionOf("autocannon")} in the bench process, on the same machine`,
      order: "per query: our API, then PostGraphile; one server running at a time",
    },
    inbox: {
      agency: ctx.inbox.name,
      agencyId: ctx.inbox.agencyId,
      agenciesInScope: ctx.inbox.subtree.length,
      dispositions: ctx.inbox.dispositions,
      account: ctx.inbox.account,
    },
    queries: QUERIES.map((q) => ({
      key: q.key,
      title: q.title,
      ours: results.ours[q.key],
      postgraphile: results.postgraphile[q.key],
      ratio: Math.round((results.ours[q.key].reqPerSec / results.postgraphile[q.key].reqPerSec) * 100) / 100,
    })),
    notes: [
      "Ours enforces authorisation (public rules for anonymous viewers, the operator's agency scope for the inbox); PostGraphile enforces none.",
      "PostGraphile gets the same row sets through condition plugins: report.listed (verified, not confidential), disposition.handling (not RETURNED/FORWARDED), disposition.agencyIds (the operator's agency and its units).",
    ],
  };
  const cached = record.queries.filter((q) => q.ours.cacheHitRatio > 0);
  if (cached.length) {
    record.notes.push(
      `Our API answered part of the anonymous requests from its one-second shared cache (x-cache: HIT): ${cached
        .map((q) => `${q.key} ${Math.round(q.ours.cacheHitRatio * 100)}%`)
        .join(", ")}. PostGraphile has no such cache; the inbox (signed in) is never cached.`,
    );
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(record, null, 2)}\n`);
  out(`\nWritten: ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}\n`);
  const below = record.queries.filter((q) => q.ratio < 1);
  if (below.length) out(`Below 1.0x PostGraphile: ${below.map((q) => `${q.key} (${q.ratio}x)`).join(", ")}\n`);
}

runMain(main);
