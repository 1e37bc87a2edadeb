#!/usr/bin/env node
// `npm run bench:subscriptions`: live updates (graphql-ws on /graphql) under many concurrent subscribers.
//
// 1. Builds the API, recreates database `aduan_bench_live` (empty; the API seeds it with 200 reports on first start).
// 2. Per scenario, starts the API afresh (in-process event bus, or Redis pub/sub with --redis) and K subscriber
//    processes (`--clients`) that open N graphql-ws connections between them (`--subscribers`), one subscription
//    each, in batches; then triggers E status changes (`--events`) one at a time and waits until every subscriber has
//    each before the next:
//    - report: one busy report, 90% public subscribers (tracking ID) and 10% reporters (tracking ID + access code);
//      the changes alternate respond (Bandung's operator) and disputeResolution (the reporter).
//    - inbox: dispositionUpdates of three agencies' staff (Bandung, Jawa Barat, Kementerian Kesehatan); each change
//      verifies a fresh report to one of them, round robin, and must reach that agency's subscribers and no others.
// 3. Prints connections held (the API's /healthz), the API's memory per connection, the time to connect, delivery
//    latency (p50/p99/max over every delivery, p50 of each change's time to its last subscriber) and checks that
//    every subscriber got every change exactly once and in order; writes bench/results/subscriptions.json.
//
// Subscribers time an arrival with the clock every process shares (performance.timeOrigin + performance.now()) and
// report it to this process over IPC. The same script runs the subscriber processes (ADUAN_BENCH_SUBSCRIBER=1).
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  API_DIR,
  BenchError,
  benchDatabaseUrl,
  buildApi,
  cpuSeconds,
  ensureBenchDependencies,
  fail,
  freePort,
  graphql,
  installSignalHandlers,
  machine,
  out,
  parseCommandLine,
  RESULTS_DIR,
  recreateDatabase,
  render,
  round2,
  runMain,
  sleep,
  startServer,
  step,
  stopChild,
  track,
  versionOf,
  waitUntilReady,
  withClient,
} from "./lib.mjs";

const BENCH_DB = "aduan_bench_live";
const RESULTS_FILE = path.join(RESULTS_DIR, "subscriptions.json");
/** The API's DATA_DIR (its generated keys); its own folder, apart from the read-path bench's database keys. */
const DATA_DIR = path.join(RESULTS_DIR, "live-data");
const SEED_REPORTS = 200;
/** The seeded demo accounts' password (api/src/db/seed/users.ts DEMO_PASSWORD). */
const DEMO_PASSWORD = "aduan-demo-2026";
const ACCOUNTS = {
  verifier: "verifikator@aduan.id",
  bandung: "operator.bandung@aduan.id",
  jabar: "operator.jabar@aduan.id",
  // Kementerian Kesehatan approves its operators' responses: only an inbox here.
  kemenkes: "operator.kemenkes@aduan.id",
};
/** One in this many of the busy report's subscribers holds the access code (the reporter's visibility class). */
const REPORTER_EVERY = 10;
/** File descriptors a process needs besides its sockets (modules, pool, pipes, Redis). */
const FD_HEADROOM = 200;

const clock = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------------------------------------------------------
// Options

const USAGE = `Usage: npm run bench:subscriptions -- [--subscribers 10000] [--clients 2] [--events 20] [--batch 500]
       [--scenarios report,inbox] [--event-timeout 60] [--redis] [--no-build]`;

function parseOptions() {
  const { values, int, build } = parseCommandLine(
    {
      subscribers: { type: "string", default: "10000" },
      clients: { type: "string", default: "2" },
      events: { type: "string", default: "20" },
      batch: { type: "string", default: "500" },
      scenarios: { type: "string", default: "report,inbox" },
      "event-timeout": { type: "string", default: "60" },
      redis: { type: "boolean", default: false },
    },
    USAGE,
  );
  const scenarios = values.scenarios.split(",").map((s) => s.trim());
  for (const s of scenarios)
    if (!["report", "inbox"].includes(s)) fail(`--scenarios: unknown scenario "${s}" (report, inbox)`);
  const subscribers = int("subscribers", 1);
  const clients = int("clients", 1);
  if (clients > subscribers) fail(`--clients (${clients}) cannot exceed --subscribers (${subscribers})`);
  return {
    subscribers,
    clients,
    events: int("events", 1),
    batch: int("batch", 1),
    eventTimeoutMs: int("event-timeout", 1) * 1000,
    scenarios,
    redis: values.redis,
    build,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Limits and process figures (Linux /proc; null elsewhere)

/** The open-file limits of this process (the API and the subscriber processes inherit them). */
function openFileLimit() {
  try {
    const line = fs
      .readFileSync("/proc/self/limits", "utf8")
      .split("\n")
      .find((l) => l.startsWith("Max open files"));
    const [soft, hard] = line
      .replace("Max open files", "")
      .trim()
      .split(/\s+/)
      .map((v) => (v === "unlimited" ? Infinity : Number(v)));
    return { soft, hard };
  } catch {
    return null;
  }
}

function rssBytes(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function openFiles(pid) {
  try {
    return fs.readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The API

async function startApi(urls, opts) {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: urls.bench,
    PORT: String(port),
    HOST: "127.0.0.1",
    SEED_ON_START: "true",
    SEED_REPORTS: String(SEED_REPORTS),
    LOG_LEVEL: "warn",
    DATA_DIR,
  };
  if (opts.redis) env.REDIS_URL = "redis://127.0.0.1:6379";
  else delete env.REDIS_URL;
  const server = startServer("API", [path.join(API_DIR, "dist", "src", "main.js")], { cwd: API_DIR, env });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilReady(server, `${base}/healthz`, {}, 180_000);
  return { server, base, url: `${base}/graphql`, ws: `ws://127.0.0.1:${port}/graphql` };
}

async function healthz(api) {
  const res = await fetch(`${api.base}/healthz`, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) fail(`/healthz answered ${res.status}`);
  return res.json();
}

/** A GraphQL mutation whose payload has userErrors: fails on any. */
async function mutate(api, name, query, input, token) {
  const data = await graphql(api.url, query, { input }, token);
  const payload = data[name];
  if (payload.userErrors?.length) fail(`${name} was refused: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) {
  token userErrors { code message }
  user { agency { id name requiresApproval parent { id parent { id parent { id parent { id } } } } } } } }`;

/** Signs in the demo accounts: token, agency and the agency's ancestors (a subscriber sees its agency's units). */
async function signIn(api) {
  const accounts = {};
  for (const [key, email] of Object.entries(ACCOUNTS)) {
    const data = await graphql(api.url, LOG_IN, { input: { email, password: DEMO_PASSWORD } });
    const { token, user, userErrors } = data.logIn;
    if (!token)
      fail(
        `Cannot sign in as ${email} (the API's demo account, password ${DEMO_PASSWORD}): ${JSON.stringify(userErrors)}`,
      );
    const agency = user.agency;
    const ancestors = [];
    for (let a = agency?.parent; a; a = a.parent) ancestors.push(a.id);
    accounts[key] = { email, token, agency, ancestors };
  }
  for (const key of ["bandung", "jabar", "kemenkes"])
    if (!accounts[key].agency) fail(`${accounts[key].email} has no agency`);
  if (accounts.bandung.agency.requiresApproval)
    fail(
      `${accounts.bandung.agency.name} requires approval of responses: the report scenario needs one that does not.`,
    );
  return accounts;
}

async function anyCategory(api) {
  const { categories } = await graphql(api.url, "{ categories { id name children { id name } } }");
  const c = categories[0]?.children[0] ?? categories[0];
  if (!c) fail("The API has no categories: was the database seeded?");
  return c.id;
}

const SUBMIT = `mutation ($input: SubmitReportInput!) { submitReport(input: $input) {
  trackingId accessCode report { id } userErrors { code field message } } }`;
const VERIFY = `mutation ($input: VerifyReportInput!) { verifyReport(input: $input) {
  report { id status dispositions { id status agency { id } } } userErrors { code field message } } }`;
const ACCEPT = `mutation ($input: DispositionActionInput!) { acceptDisposition(input: $input) {
  disposition { id status } userErrors { code field message } } }`;
const RESPOND = `mutation ($input: RespondInput!) { respond(input: $input) {
  disposition { id status report { status } } userErrors { code field message } } }`;
const DISPUTE = `mutation ($input: DisputeResolutionInput!) { disputeResolution(input: $input) {
  report { id status } userErrors { code field message } } }`;

function submitAnonymous(api, n) {
  return mutate(api, "submitReport", SUBMIT, {
    kind: "COMPLAINT",
    title: `Lampu jalan padam di Jl. Dago nomor ${n}`,
    body: "Lampu penerangan jalan di depan sekolah padam sejak seminggu lalu dan jalan gelap gulita pada malam hari.",
    regionCode: "32.73",
    anonymous: true,
    confidential: false,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios: what each subscriber subscribes to, the changes, and which subscribers each change must reach

const REPORT_EVENTS = `subscription ($t: String!, $c: String) { reportEvents(trackingId: $t, accessCode: $c) {
  id type status fromStatus createdAt report { trackingId status } } }`;
const DISPOSITION_UPDATES = `subscription { dispositionUpdates { id status createdAt report { trackingId status } } }`;

/** One busy report: public and reporter subscribers; respond and dispute in turn. */
async function reportScenario(api, accounts, opts) {
  const categoryId = await anyCategory(api);
  const submitted = await submitAnonymous(api, 1);
  const verified = await mutate(
    api,
    "verifyReport",
    VERIFY,
    { reportId: submitted.report.id, categoryId, agencyIds: [accounts.bandung.agency.id] },
    accounts.verifier.token,
  );
  const disposition = verified.report.dispositions.find((d) => d.agency.id === accounts.bandung.agency.id);
  if (!disposition) fail(`verifyReport made no disposition for ${accounts.bandung.agency.name}`);
  await mutate(api, "acceptDisposition", ACCEPT, { dispositionId: disposition.id }, accounts.bandung.token);
  const trackingId = submitted.trackingId;
  out(`report ${trackingId}, in progress at ${accounts.bandung.agency.name}\n`);

  // Every tenth subscriber is a reporter, so that each subscriber process holds both classes.
  const isReporter = (s) => s % REPORTER_EVERY === 0;
  const reporters = countWhere(opts.subscribers, isReporter);
  const classOf = (s) => (isReporter(s) ? "reporter" : "public");
  const subscriberSpec = (s) => ({
    query: REPORT_EVENTS,
    variables: isReporter(s) ? { t: trackingId, c: submitted.accessCode } : { t: trackingId },
    token: null,
    shape: "event",
  });
  const changes = Array.from({ length: opts.events }, (_, e) =>
    e % 2 === 0
      ? {
          label: "respond (RESPONDED)",
          type: "RESPONDED",
          run: () =>
            mutate(
              api,
              "respond",
              RESPOND,
              {
                dispositionId: disposition.id,
                body: `Tanggapan ke-${e / 2 + 1}: petugas telah memeriksa lokasi dan lampu akan diganti minggu ini.`,
              },
              accounts.bandung.token,
            ),
        }
      : {
          label: "disputeResolution (IN_PROGRESS)",
          type: "DISPUTED",
          run: () =>
            mutate(api, "disputeResolution", DISPUTE, {
              trackingId,
              accessCode: submitted.accessCode,
              reason: "Lampu masih padam sampai hari ini, mohon ditindaklanjuti kembali.",
            }),
        },
  );
  return {
    key: "report",
    title: `one busy report: ${opts.subscribers - reporters} public + ${reporters} reporter subscribers`,
    classes: ["public", "reporter"],
    classOf,
    subscriberSpec,
    changes,
    /** Every subscriber gets every change. */
    recipients: () => null,
    /** A change's delivery is the first new event of its type; identified by the event's ID. */
    matches: (item, change) => item.type === change.type,
  };
}

/** Agency inboxes: staff of three agencies; a fresh report verified to one of them per change. */
async function inboxScenario(api, accounts, opts) {
  const categoryId = await anyCategory(api);
  const agencies = ["bandung", "jabar", "kemenkes"].map((k) => accounts[k]);
  // The reports to verify, submitted before anyone subscribes (submission reaches no inbox).
  const reports = [];
  for (let e = 0; e < opts.events; e++) reports.push(await submitAnonymous(api, e + 1));
  out(
    `${reports.length} reports submitted, to be verified to ${agencies.map((a) => a.agency.name).join(", ")} in turn\n`,
  );

  const classOf = (s) => agencies[s % agencies.length].agency.name;
  const subscriberSpec = (s) => ({
    query: DISPOSITION_UPDATES,
    variables: {},
    token: agencies[s % agencies.length].token,
    shape: "disposition",
  });
  /** Subscribers whose agency sees a disposition to `target`: its own staff and its ancestors' (their units). */
  const seesAgency = (sub, target) => sub.agency.id === target.agency.id || target.ancestors.includes(sub.agency.id);
  const changes = reports.map((r, e) => {
    const target = agencies[e % agencies.length];
    return {
      label: `verifyReport to ${target.agency.name} (DISPOSED)`,
      trackingId: r.trackingId,
      target,
      run: () =>
        mutate(
          api,
          "verifyReport",
          VERIFY,
          { reportId: r.report.id, categoryId, agencyIds: [target.agency.id] },
          accounts.verifier.token,
        ),
    };
  });
  return {
    key: "inbox",
    title: `agency inboxes: ${opts.subscribers} dispositionUpdates subscribers over ${agencies.length} agencies`,
    classes: agencies.map((a) => a.agency.name),
    classOf,
    subscriberSpec,
    changes,
    recipients: (change) => (s) => seesAgency(agencies[s % agencies.length], change.target),
    matches: (item, change) => item.trackingId === change.trackingId,
    /** Deliveries of bench reports are matched by tracking ID; anything else is background (seeded reports' jobs). */
    ours: new Set(changes.map((c) => c.trackingId)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Subscriber processes (parent side)

function startSubscriberProcesses(k) {
  const procs = [];
  for (let i = 0; i < k; i++) {
    const child = track(
      fork(import.meta.filename, [], {
        env: { ...process.env, ADUAN_BENCH_SUBSCRIBER: "1" },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
        detached: true,
      }),
    );
    procs.push(child);
  }
  return procs;
}

/** Waits for one message of `type` from a subscriber process (failing if it exits first). */
function reply(child, type, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new BenchError(`A subscriber process did not answer "${type}" within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const onMessage = (m) => {
      if (m.type !== type) return;
      cleanup();
      resolve(m);
    };
    const onExit = (code, signal) => {
      cleanup();
      reject(new BenchError(`A subscriber process exited (${signal ?? `exit code ${code}`}) before "${type}"`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** A short, specific reason for failed connections, with advice where the cause is known. */
function explainConnectErrors(errors, limit) {
  const text = errors.join("\n");
  if (/EMFILE|ENFILE/.test(text))
    return `Too many open files (EMFILE): the open-file limit (${limit?.soft ?? "?"}) is too low for this many connections. Run through \`npm run bench:subscriptions\` (it raises the soft limit to the hard limit), raise the hard limit (ulimit -Hn, /etc/security/limits.conf or the container's nofile), or use fewer --subscribers.`;
  if (/EADDRNOTAVAIL/.test(text))
    return "No free local ports (EADDRNOTAVAIL): widen net.ipv4.ip_local_port_range or wait for TIME_WAIT sockets of an earlier run to close.";
  if (/ECONNREFUSED/.test(text))
    return "The API refused connections (ECONNREFUSED): did it crash? See its output above.";
  if (/4403/.test(text)) return "The API closed connections with 4403 Forbidden: a token was refused.";
  return "See the errors above.";
}

// ---------------------------------------------------------------------------------------------------------------
// One scenario

const percentile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null;
const mib = (b) => (b == null ? null : round2(b / 2 ** 20));

async function pgTransactions(pg, urls) {
  return withClient(pg, urls.admin, async (c) => {
    const { rows } = await c.query(
      "select (xact_commit + xact_rollback)::bigint::text as n from pg_stat_database where datname = $1",
      [urls.name],
    );
    return Number(rows[0]?.n ?? 0);
  });
}

/**
 * Starts the subscriber processes (into `procs`, for the caller to stop) and opens every subscription through them,
 * `opts.batch` connections at a time; done when the API's /healthz counts them all. `listen` sets who gets arrivals
 * from then on; those before it are in `arrivals` too (every arrival is kept there).
 */
async function connectAll(api, sc, opts, limit, procs, before) {
  const N = opts.subscribers;
  procs.push(...startSubscriberProcesses(opts.clients));
  await Promise.all(procs.map((child) => reply(child, "ready", 30_000)));
  const share = Math.ceil(N / opts.clients);
  const perProcessBatch = Math.max(1, Math.ceil(opts.batch / opts.clients));
  const arrivals = [];
  const errors = [];
  let onItems = () => {};
  const listen = (fn) => {
    onItems = fn;
  };
  for (const child of procs) {
    child.on("message", (m) => {
      if (m.type === "arrivals") {
        for (const item of m.items) arrivals.push(item);
        onItems(m.items);
      } else if (m.type === "problem") errors.push(m.message);
    });
  }
  out(`connecting ${N.toLocaleString("en")} subscribers from ${opts.clients} processes, ${opts.batch} at a time ... `);
  const t0 = clock();
  const connected = await Promise.all(
    procs.map((child, i) => {
      const from = i * share;
      const to = Math.min(N, from + share);
      const specs = [];
      for (let s = from; s < to; s++) specs.push({ s, ...sc.subscriberSpec(s) });
      child.send({ type: "connect", url: api.ws, batch: perProcessBatch, specs });
      return reply(child, "connected", 600_000);
    }),
  );
  const failedConnections = connected.reduce((n, m) => n + m.failed, 0);
  if (failedConnections) {
    const sample = [...new Set(connected.flatMap((m) => m.errors))].slice(0, 10);
    out("\n");
    fail(
      `${failedConnections} of ${N} connections failed. First errors:\n  ${sample.join("\n  ")}\n${explainConnectErrors(sample, limit)}\nAPI output (last lines):\n${api.server.lines.slice(-20).join("\n")}`,
    );
  }
  // Subscribing finishes on the server after the connection's ack: wait until /healthz counts every subscription.
  let held = 0;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    held = (await healthz(api)).subscriptions - before.subscriptions;
    if (held >= N || errors.length) break;
    await sleep(100);
  }
  const connectSeconds = (clock() - t0) / 1000;
  if (held < N) {
    out("\n");
    fail(
      `The API holds ${held} of ${N} subscriptions. ${errors.length ? `Errors:\n  ${[...new Set(errors)].slice(0, 10).join("\n  ")}` : "No subscriber reported an error."}\nAPI output (last lines):\n${api.server.lines.slice(-20).join("\n")}`,
    );
  }
  return { connected, arrivals, errors, held, connectSeconds, listen };
}

async function runScenario(make, urls, pg, opts, limit) {
  const api = await startApi(urls, opts);
  const procs = [];
  try {
    const accounts = await signIn(api);
    const sc = await make(api, accounts, opts);
    step(`Scenario "${sc.key}": ${sc.title}`);
    const N = opts.subscribers;
    const pid = api.server.child.pid;

    // --- connect
    await sleep(1000);
    const before = { rss: rssBytes(pid), fds: openFiles(pid), subscriptions: (await healthz(api)).subscriptions };
    const { connected, arrivals, errors, held, connectSeconds, listen } = await connectAll(
      api,
      sc,
      opts,
      limit,
      procs,
      before,
    );
    out(`${held.toLocaleString("en")} held after ${connectSeconds.toFixed(1)} s\n`);
    await sleep(2000);
    const after = { rss: rssBytes(pid), fds: openFiles(pid) };
    const clientRss = connected.reduce((n, m) => n + (m.rss ?? 0), 0);

    // --- changes
    const E = sc.changes.length;
    const t0s = [];
    const keys = new Map(); // event or disposition ID -> change index (report scenario)
    const delivered = Array.from({ length: E }, () => new Map()); // change -> subscriber -> latency ms
    const duplicates = Array(E).fill(0);
    let misdirected = 0;
    let background = 0;
    let current = -1;
    let expected = 0;
    let wake = () => {};
    const changeOf = (item) => {
      if (sc.ours) {
        if (!sc.ours.has(item.trackingId)) return -1;
        return sc.changes.findIndex((c) => sc.matches(item, c));
      }
      if (keys.has(item.id)) return keys.get(item.id);
      if (current >= 0 && !t0s[current].keyed && sc.matches(item, sc.changes[current])) {
        keys.set(item.id, current);
        t0s[current].keyed = true;
        return current;
      }
      return -1;
    };
    const record = (raw) => {
      const item = unpack(raw);
      const e = changeOf(item);
      if (e < 0) {
        if (sc.ours) background++;
        return;
      }
      const who = sc.recipients(sc.changes[e]);
      if (who && !who(item.s)) {
        misdirected++;
        return;
      }
      if (delivered[e].has(item.s)) {
        duplicates[e]++;
        return;
      }
      delivered[e].set(item.s, item.t - t0s[e].t);
      if (e === current && delivered[e].size >= expected) wake();
    };
    listen((items) => {
      for (const raw of items) record(raw);
    });
    // Arrivals before the first change (none expected) are replayed through the same checks.
    for (const raw of arrivals) record(raw);

    const failures = [];
    await sleep(1500); // PostgreSQL's statistics reach pg_stat_database about once a second
    const xact0 = await pgTransactions(pg, urls);
    const cpu0 = cpuSeconds(pid);
    const clientCpu0 = sumCpu(procs);
    const lasts = [];
    const labelWidth = Math.max(...sc.changes.map((c) => c.label.length));
    for (let e = 0; e < E; e++) {
      const change = sc.changes[e];
      const who = sc.recipients(change);
      expected = who ? countWhere(N, who) : N;
      current = e;
      const done = new Promise((resolve) => {
        wake = resolve;
      });
      t0s[e] = { t: clock(), keyed: false };
      await change.run();
      let timer;
      const timedOut = await Promise.race([
        done.then(() => false),
        new Promise((r) => {
          timer = setTimeout(() => r(true), opts.eventTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        failures.push(
          `change ${e + 1} (${change.label}): ${delivered[e].size} of ${expected} subscribers had it after ${opts.eventTimeoutMs / 1000} s`,
        );
        out(`change ${e + 1}/${E}: TIMEOUT, ${delivered[e].size}/${expected} delivered\n`);
        break;
      }
      const last = Math.max(...delivered[e].values());
      lasts.push(last);
      out(
        `change ${String(e + 1).padStart(2)}/${E} ${change.label.padEnd(labelWidth)} ${expected.toLocaleString("en").padStart(6)} subscribers, last after ${last.toFixed(1)} ms\n`,
      );
    }
    const cpu1 = cpuSeconds(pid);
    const clientCpu1 = sumCpu(procs);
    current = -1;
    await sleep(1500); // late duplicates or misdirected deliveries, and the statistics
    const xact1 = await pgTransactions(pg, urls);
    const changesRun = lasts.length;

    // --- checks: exactly once, in order, nothing to the wrong subscribers
    const dupTotal = duplicates.reduce((a, b) => a + b, 0);
    if (dupTotal) failures.push(`${dupTotal} duplicate deliveries`);
    if (misdirected) failures.push(`${misdirected} deliveries to subscribers who must not see the change`);
    const order = checkOrder(arrivals, sc, keys, N, changesRun);
    failures.push(...order.problems);
    for (const m of errors) failures.push(`subscriber error: ${m}`);
    const h = await healthz(api);
    const endHeld = h.subscriptions - before.subscriptions;
    if (endHeld < N) failures.push(`only ${endHeld} of ${N} subscriptions still held after the changes`);

    const latencies = delivered
      .slice(0, changesRun)
      .flatMap((m) => [...m.values()])
      .sort((a, b) => a - b);
    const sortedLasts = [...lasts].sort((a, b) => a - b);
    const result = {
      scenario: sc.key,
      title: sc.title,
      subscribers: N,
      classes: sc.classes,
      connectionsHeld: held,
      connectSeconds: round2(connectSeconds),
      server: {
        rssBeforeMiB: mib(before.rss),
        rssAfterMiB: mib(after.rss),
        rssPerConnectionKiB:
          before.rss != null && after.rss != null ? round2((after.rss - before.rss) / N / 1024) : null,
        openFilesBefore: before.fds,
        openFilesAfter: after.fds,
        cpuMsPerChange: cpu0 != null && cpu1 != null && changesRun ? round2(((cpu1 - cpu0) * 1000) / changesRun) : null,
      },
      subscriberProcesses: {
        count: opts.clients,
        rssMiB: mib(clientRss),
        cpuMsPerChange:
          clientCpu0 != null && clientCpu1 != null && changesRun
            ? round2(((clientCpu1 - clientCpu0) * 1000) / changesRun)
            : null,
      },
      postgresTransactionsPerChange: changesRun ? round2((xact1 - xact0) / changesRun) : null,
      changes: changesRun,
      changesPlanned: E,
      deliveries: latencies.length,
      latencyMs: {
        p50: round1(percentile(latencies, 0.5)),
        p99: round1(percentile(latencies, 0.99)),
        max: round1(latencies.at(-1)),
      },
      lastSubscriberMs: {
        p50: round1(percentile(sortedLasts, 0.5)),
        max: round1(sortedLasts.at(-1)),
        perChange: lasts.map(round1),
      },
      otherEventsPerSubscriber: order.otherEvents,
      duplicates: dupTotal,
      misdirected,
      backgroundDeliveries: sc.ours ? background : undefined,
      failures,
    };
    return result;
  } catch (e) {
    const status = api.server.child.exitCode ?? api.server.child.signalCode;
    if (status == null) throw e;
    throw new BenchError(
      `The API exited (${status}) during the scenario: ${e.message}\nIts output (last lines):\n${api.server.lines.slice(-30).join("\n")}`,
    );
  } finally {
    await Promise.all(
      procs.map(async (child) => {
        if (child.connected) {
          child.send({ type: "close" });
          await reply(child, "closed", 30_000).catch(() => {});
        }
        await stopChild(child, 2000);
      }),
    );
    await stopChild(api.server.child, 10_000);
  }
}

const round1 = (n) => (n == null ? null : Math.round(n * 10) / 10);

/** CPU seconds of the subscriber processes together; null where /proc cannot be read. */
function sumCpu(procs) {
  let sum = 0;
  for (const p of procs) {
    const s = cpuSeconds(p.pid);
    if (s == null) return null;
    sum += s;
  }
  return sum;
}

function countWhere(n, pred) {
  let c = 0;
  for (let s = 0; s < n; s++) if (pred(s)) c++;
  return c;
}

/** Arrivals travel as arrays (IPC volume): [subscriber, time, id, status, type or tracking ID]. */
function unpack([s, t, id, status, extra]) {
  return { s, t, id, status, type: extra, trackingId: extra };
}

/**
 * Every subscriber saw the changes in the order they were made, each once, and the same sequence of events as every
 * other member of its visibility class (report scenario; the inbox scenario's are checked per change above).
 */
function checkOrder(arrivals, sc, keys, N, changesRun) {
  const problems = [];
  if (sc.ours) return { problems, otherEvents: null };
  const seqs = Array.from({ length: N }, () => []);
  for (const raw of arrivals) {
    const { s, id } = unpack(raw);
    seqs[s].push(id);
  }
  const reference = new Map();
  let outOfOrder = 0;
  let mismatched = 0;
  let missing = 0;
  for (let s = 0; s < N; s++) {
    const seq = seqs[s];
    const measured = seq.filter((id) => keys.has(id)).map((id) => keys.get(id));
    if (measured.length < changesRun) missing++;
    else if (measured.some((e, i) => e !== i)) outOfOrder++;
    const cls = sc.classOf(s);
    const ref = reference.get(cls);
    if (!ref) reference.set(cls, seq.join(","));
    else if (ref !== seq.join(",")) mismatched++;
  }
  if (missing) problems.push(`${missing} subscribers missed a change`);
  if (outOfOrder) problems.push(`${outOfOrder} subscribers got the changes out of order`);
  if (mismatched)
    problems.push(`${mismatched} subscribers got a different sequence of events than others of their class`);
  const otherEvents = {};
  for (const [cls, ref] of reference) otherEvents[cls] = ref ? ref.split(",").filter((id) => !keys.has(id)).length : 0;
  return { problems, otherEvents };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const f1 = (n) => (n == null ? "n/a" : n.toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

function connectionTable(results) {
  const head = [
    "scenario",
    "subscribers",
    "held",
    "connect s",
    "API RSS before MiB",
    "after MiB",
    "KiB/conn",
    "API fds",
  ];
  const rows = results.map((r) => [
    r.scenario,
    r.subscribers.toLocaleString("en"),
    r.connectionsHeld.toLocaleString("en"),
    f1(r.connectSeconds),
    f1(r.server.rssBeforeMiB),
    f1(r.server.rssAfterMiB),
    f1(r.server.rssPerConnectionKiB),
    `${r.server.openFilesBefore ?? "n/a"} -> ${r.server.openFilesAfter ?? "n/a"}`,
  ]);
  return render(head, rows);
}

function deliveryTable(results) {
  const head = [
    "scenario",
    "changes",
    "deliveries",
    "p50 ms",
    "p99 ms",
    "max ms",
    "last p50 ms",
    "API CPU ms/change",
    "subscribers CPU ms/change",
    "PG xact/change",
    "failures",
  ];
  const rows = results.map((r) => [
    r.scenario,
    `${r.changes}/${r.changesPlanned}`,
    r.deliveries.toLocaleString("en"),
    f1(r.latencyMs.p50),
    f1(r.latencyMs.p99),
    f1(r.latencyMs.max),
    f1(r.lastSubscriberMs.p50),
    f1(r.server.cpuMsPerChange),
    f1(r.subscriberProcesses.cpuMsPerChange),
    f1(r.postgresTransactionsPerChange),
    String(r.failures.length),
  ]);
  return render(head, rows);
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const opts = parseOptions();
  const limit = openFileLimit();
  const m = machine();
  step("Machine");
  out(
    `${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}\n` +
      `open-file limit: ${limit ? `soft ${limit.soft}, hard ${limit.hard} (the API and the subscriber processes inherit it)` : "unknown (no /proc)"}\n`,
  );
  // The API holds one descriptor per connection, each subscriber process one per connection it opens.
  const need = opts.subscribers + FD_HEADROOM;
  if (limit && limit.soft < need) {
    fail(
      `The open-file limit (soft ${limit.soft}, hard ${limit.hard}) is too low for ${opts.subscribers} subscribers: the API process needs about ${need}. ` +
        (limit.hard >= need
          ? `Run through \`npm run bench:subscriptions\`, which raises the soft limit to the hard limit, or \`ulimit -n ${limit.hard}\` first.`
          : `Raise the hard limit (limits.conf, systemd LimitNOFILE, docker --ulimit nofile=${need}:${need}) or use at most --subscribers ${limit.hard - FD_HEADROOM}.`),
    );
  }
  const urls = benchDatabaseUrl(BENCH_DB);
  await ensureBenchDependencies();
  const { default: pg } = await import("pg");
  await buildApi(opts.build);

  step(`Database ${urls.display} (dropped and created empty; the API seeds ${SEED_REPORTS} reports)`);
  await recreateDatabase(pg, urls);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });

  const loadBefore = os.loadavg().map(round2);
  const results = [];
  const scenarios = { report: reportScenario, inbox: inboxScenario };
  for (const key of opts.scenarios) results.push(await runScenario(scenarios[key], urls, pg, opts, limit));

  step(
    `Results: ${opts.subscribers.toLocaleString("en")} subscribers, ${opts.clients} subscriber processes, event bus ${opts.redis ? "Redis" : "in-process"}`,
  );
  out(`Connections (API memory from VmRSS; KiB/conn = (after - before) / subscribers):\n${connectionTable(results)}\n`);
  out(
    `\nDelivery latency (mutation sent -> subscriber received; "last" = a change's slowest subscriber):\n${deliveryTable(results)}\n`,
  );

  const record = {
    benchmark: "subscriptions",
    date: new Date().toISOString(),
    machine: { ...m, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg().map(round2) },
    openFileLimit: limit && { soft: limit.soft, hard: limit.hard },
    settings: {
      subscribers: opts.subscribers,
      subscriberProcesses: opts.clients,
      changes: opts.events,
      connectBatch: opts.batch,
      eventBus: opts.redis ? "redis" : "in-process",
      seedReports: SEED_REPORTS,
      client: `graphql-ws ${versionOf("graphql-ws")} createClient over ws ${versionOf("ws")}, one connection per subscription`,
    },
    scenarios: results,
    notes: [
      "The API, PostgreSQL and the subscriber processes share the machine's cores: latency includes the subscribers' own event loops.",
      "PG xact/change counts every transaction on the bench database during the changes (the mutation, the outbox relay, the jobs it enqueues, background polling), divided by the changes: it does not grow with the subscribers because each change is resolved once per visibility class.",
    ],
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(record, null, 2)}\n`);
  out(`\nWritten: ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}\n`);

  const failures = results.flatMap((r) => r.failures.map((f) => `${r.scenario}: ${f}`));
  if (failures.length) fail(`${failures.length} failures:\n  ${failures.join("\n  ")}`);
}

// ---------------------------------------------------------------------------------------------------------------
// A subscriber process: opens its share of connections (one graphql-ws client and subscription each) in batches and
// reports every arrival to the parent.

async function subscriberProcess() {
  const { default: WebSocket } = await import("ws");
  const { createClient } = await import("graphql-ws/client");
  const clients = [];
  let buffer = [];
  let flushTimer = null;
  let closing = false;
  const flush = () => {
    flushTimer = null;
    if (!buffer.length) return;
    process.send({ type: "arrivals", items: buffer });
    buffer = [];
  };
  const problem = (message) => process.send({ type: "problem", message });
  const describe = (e) => {
    if (Array.isArray(e)) return e.map((x) => x.message).join("; ");
    if (e?.code && e?.reason !== undefined) return `closed ${e.code} ${e.reason}`.trim();
    return e?.error?.message ?? e?.message ?? String(e);
  };

  async function connect(url, batch, specs) {
    let failed = 0;
    const errors = [];
    for (let i = 0; i < specs.length; i += batch) {
      await Promise.all(
        specs.slice(i, i + batch).map(
          (spec) =>
            new Promise((resolve) => {
              let open = false;
              let settled = false;
              const failure = (e) => {
                if (open || settled) return false;
                settled = true;
                failed++;
                if (errors.length < 20) errors.push(describe(e));
                resolve();
                return true;
              };
              const client = createClient({
                url,
                webSocketImpl: WebSocket,
                lazy: false,
                retryAttempts: 0,
                connectionAckWaitTimeout: 60_000,
                connectionParams: spec.token ? { authorization: `Bearer ${spec.token}` } : {},
                onNonLazyError: () => {},
                on: {
                  connected: () => {
                    if (settled) return;
                    open = settled = true;
                    resolve();
                  },
                  error: (e) => failure(e),
                  closed: (e) => {
                    if (!failure(e) && open && !closing) problem(`subscriber ${spec.s}: connection ${describe(e)}`);
                  },
                },
              });
              clients.push(client);
              client.subscribe(
                { query: spec.query, variables: spec.variables },
                {
                  next: (result) => {
                    const t = clock();
                    if (result.errors?.length) return problem(`subscriber ${spec.s}: ${describe(result.errors)}`);
                    const d = Object.values(result.data)[0];
                    buffer.push(
                      spec.shape === "event"
                        ? [spec.s, t, d.id, d.status, d.type]
                        : [spec.s, t, d.id, d.status, d.report.trackingId],
                    );
                    if (!flushTimer) flushTimer = setTimeout(flush, 5);
                  },
                  error: (e) => {
                    if (!closing) problem(`subscriber ${spec.s}: ${describe(e)}`);
                  },
                  complete: () => {
                    if (!closing) problem(`subscriber ${spec.s}: the API completed the subscription`);
                  },
                },
              );
            }),
        ),
      );
    }
    return { failed, errors };
  }

  process.on("disconnect", () => process.exit(0));
  process.on("message", async (m) => {
    if (m.type === "connect") {
      const { failed, errors } = await connect(m.url, m.batch, m.specs);
      process.send({ type: "connected", failed, errors, rss: process.memoryUsage().rss });
    } else if (m.type === "close") {
      closing = true;
      flush();
      await Promise.allSettled(clients.map((c) => c.dispose()));
      process.send({ type: "closed" });
      setTimeout(() => process.exit(0), 100);
    }
  });
  // The parent sends work only after this: no message can arrive before the handler above.
  process.send({ type: "ready" });
}

if (process.env.ADUAN_BENCH_SUBSCRIBER === "1") {
  subscriberProcess();
} else {
  installSignalHandlers();
  runMain(main);
}
