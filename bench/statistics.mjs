#!/usr/bin/env node
// `npm run bench:statistics`: twenty analyst questions to the statistics API on a million reports.
//
// 1. Builds the API and seeds database `aduan_stats` up to --reports (1,000,000) unless it has them.
// 2. Starts the API on it (no shared answer cache: SHARED_CACHE_TTL_MS=0, so every request is computed), waits for
//    the statistics facts to load, and records the load time and the process's memory.
// 3. Asks each question --warmup times, then --iterations times one after another, and prints p50/p99/max latency
//    per question (client-side, over HTTP), with the bucket count; writes bench/results/statistics.json.
//
// Options (after `npm run bench:statistics --`): --reports N, --iterations N (100), --warmup N (5), --no-build.
// DATABASE_URL picks the PostgreSQL server (its database part is ignored).
import fs from "node:fs";
import path from "node:path";
import {
  API_DIR,
  benchDatabaseUrl,
  buildApi,
  ensureBenchDependencies,
  ensureDatabase,
  fail,
  freePort,
  graphql,
  installSignalHandlers,
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
  waitUntilReady,
} from "./lib.mjs";

const DB = "aduan_stats";
const DATA_DIR = path.join(RESULTS_DIR, "data");
const RESULTS_FILE = path.join(RESULTS_DIR, "statistics.json");
const USAGE = "Usage: npm run bench:statistics -- [--reports 1000000] [--iterations 100] [--warmup 5] [--no-build]";

function parseOptions() {
  const { int, build } = parseCommandLine(
    {
      reports: { type: "string", default: "1000000" },
      iterations: { type: "string", default: "100" },
      warmup: { type: "string", default: "5" },
    },
    USAGE,
  );
  return {
    reports: int("reports", 1),
    iterations: int("iterations", 2),
    warmup: int("warmup", 0),
    build,
  };
}

const ALL = `count resolvedCount confirmedCount autoClosedCount dispositionCount medianFirstResponseHours
  medianResolutionHours slaCompliance averageRating`;
const KEY = "key { kind status category { name } agency { name } province { name } regency { name } channel period }";

/** The questions: one and two (and one three) dimensions, with and without filters, whole range and one month. */
function questions(ids) {
  const { year, month, category, agency } = ids;
  const q = (name, groupBy, filter = {}, fields = ALL) => ({ name, groupBy, filter, fields });
  return [
    q("dashboard: monthly counts by province, one year", ["PROVINCE", "MONTH"], year, "count resolvedCount"),
    q("totals, whole range", []),
    q("by kind, whole range", ["KIND"]),
    q("by status, whole range", ["STATUS"]),
    q("by channel, whole range", ["CHANNEL"]),
    q("by category (top level), whole range", ["CATEGORY"]),
    q("agency league table, whole range", ["AGENCY"]),
    q("by province, whole range", ["PROVINCE"]),
    q("by regency, whole range", ["REGENCY"]),
    q("by month, whole range", ["MONTH"]),
    q("by week, one year", ["WEEK"], year),
    q("by day, one month", ["DAY"], month),
    q("province x kind, one month", ["PROVINCE", "KIND"], month),
    q("kind x status, complaints and requests resolved or open", ["KIND", "STATUS"], {
      kinds: ["COMPLAINT", "INFORMATION_REQUEST"],
      statuses: ["RESOLVED", "IN_PROGRESS", "RESPONDED"],
    }),
    q("one category's subcategories by month", ["CATEGORY", "MONTH"], { categoryIds: [category] }),
    q("one ministry's units by month, one year", ["AGENCY", "MONTH"], { ...year, agencyIds: [agency] }),
    q("regencies of Jawa Barat by month", ["REGENCY", "MONTH"], { regionCodes: ["32"] }),
    q("channel x month, SMS and web", ["CHANNEL", "MONTH"], { channels: ["SMS", "WEB"] }),
    q("province x category x month, one year", ["PROVINCE", "CATEGORY", "MONTH"], year),
    q("agency league table, one month", ["AGENCY", "KIND"], month),
  ];
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function main() {
  const opts = parseOptions();
  await ensureBenchDependencies();
  const { default: pg } = await import("pg");
  await buildApi(opts.build);
  const urls = benchDatabaseUrl(DB);
  step(`Database ${urls.display}`);
  await ensureDatabase(pg, urls);
  await seedIfNeeded(pg, urls, DATA_DIR, opts.reports);

  const port = await freePort();
  const api = `http://127.0.0.1:${port}/graphql`;
  const server = startServer("api", [path.join(API_DIR, "dist", "src", "main.js")], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: urls.bench,
      DATA_DIR,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_ON_START: "false",
      SHARED_CACHE_TTL_MS: "0",
      JOB_CONCURRENCY: "0",
      LOG_LEVEL: "info",
    },
  });
  try {
    step("Starting the API and loading the statistics facts");
    await waitUntilReady(server, `http://127.0.0.1:${port}/healthz`);
    const rssBefore = rssMiB(server.child.pid);
    const started = performance.now();
    const first = await graphql(api, "{ statistics { total } }");
    const firstMs = performance.now() - started;
    const loadLine = server.lines.find((l) => l.includes("statistics facts loaded"));
    const loaded = loadLine ? JSON.parse(loadLine) : {};
    const rssAfter = rssMiB(server.child.pid);
    out(
      `${first.statistics.total.toLocaleString("en")} reports; facts loaded in ${loaded.ms ?? "?"} ms ` +
        `(${loaded.reports ?? "?"} reports, ${loaded.dispositions ?? "?"} dispositions); first answer after ${Math.round(firstMs)} ms; ` +
        `API memory ${rssBefore} -> ${rssAfter} MiB\n`,
    );

    // Ids and ranges from the data: the last full year and month, a category with subcategories, a ministry.
    const data = await graphql(
      api,
      `{ categories { id name children { id } } agencies(search: "Kementerian Kesehatan", first: 1) { nodes { id name } }
         statistics(groupBy: [MONTH]) { buckets { key { period } count } } }`,
    );
    const periods = data.statistics.buckets.map((b) => b.key.period).sort();
    const lastFull = periods.at(-2) ?? periods.at(-1);
    const monthStart = new Date(lastFull);
    const monthEnd = new Date(periods.at(-1));
    const yearStart = new Date(monthEnd);
    yearStart.setUTCFullYear(yearStart.getUTCFullYear() - 1);
    const category = data.categories.find((c) => c.children.length)?.id;
    const agency = data.agencies.nodes[0]?.id;
    if (!category || !agency) fail("The bench database lacks a category with subcategories or Kementerian Kesehatan");
    const ids = {
      year: { from: yearStart.toISOString(), to: monthEnd.toISOString() },
      month: { from: monthStart.toISOString(), to: monthEnd.toISOString() },
      category,
      agency,
    };

    const rows = [];
    for (const q of questions(ids)) {
      const doc = `query($filter: StatisticsFilter, $groupBy: [StatisticsDimension!]) {
        statistics(filter: $filter, groupBy: $groupBy) { total buckets { ${KEY} ${q.fields} } } }`;
      const vars = { filter: q.filter, groupBy: q.groupBy };
      let buckets = 0;
      for (let i = 0; i < opts.warmup; i++) await graphql(api, doc, vars);
      const times = [];
      for (let i = 0; i < opts.iterations; i++) {
        const t0 = performance.now();
        const d = await graphql(api, doc, vars);
        times.push(performance.now() - t0);
        buckets = d.statistics.buckets.length;
      }
      times.sort((a, b) => a - b);
      const row = {
        question: q.name,
        groupBy: q.groupBy.join(" x ") || "-",
        buckets,
        p50: round2(percentile(times, 50)),
        p99: round2(percentile(times, 99)),
        max: round2(times.at(-1)),
      };
      rows.push(row);
      out(`  ${row.question}: p50 ${row.p50} ms, p99 ${row.p99} ms (${buckets} buckets)\n`);
    }
    out(
      `\n${render(
        ["question", "group by", "buckets", "p50 ms", "p99 ms", "max ms"],
        rows.map((r) => [r.question, r.groupBy, String(r.buckets), String(r.p50), String(r.p99), String(r.max)]),
      )}\n`,
    );
    const worst = Math.max(...rows.map((r) => r.p99));
    out(`Slowest p99: ${worst} ms (target 300); dashboard p99: ${rows[0].p99} ms (target 50)\n`);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(
      RESULTS_FILE,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          machine: machine(),
          reports: first.statistics.total,
          load: {
            ms: loaded.ms ?? null,
            firstAnswerMs: Math.round(firstMs),
            rssBeforeMiB: rssBefore,
            rssAfterMiB: rssAfter,
          },
          iterations: opts.iterations,
          rows,
        },
        null,
        2,
      ),
    );
    out(`Results written to ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
  } finally {
    await stopChild(server.child);
  }
}

installSignalHandlers();
runMain(main);
