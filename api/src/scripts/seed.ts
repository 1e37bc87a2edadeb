import "reflect-metadata";
import { parseArgs } from "node:util";
import { createLogger } from "../common/logger";
import { loadConfig } from "../config";
import { resolveDatabase } from "../db/database";
import { openOrm } from "../db/orm";
import { seedReference, seedReports } from "../db/seed/seed";

const USAGE = `Usage: npm run seed -- [--reports N]

Seeds the reference data (regions, agencies, categories, holidays, demo accounts; idempotent) and N synthetic
reports (default 10000) into DATABASE_URL, or into the embedded PostgreSQL of \`npm start\` when it is not set.
`;

function parseReports(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { reports: { type: "string", short: "n" }, help: { type: "boolean", short: "h" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const raw = values.reports ?? "10000";
  const normalized = raw.replace(/_/g, "");
  if (!/^[0-9]+$/.test(normalized) || !Number.isSafeInteger(Number(normalized))) {
    throw new Error(`--reports must be a non-negative whole number, such as 1000000 (got "${raw}")`);
  }
  return Number(normalized);
}

async function main() {
  let reports: number;
  try {
    reports = parseReports(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    process.exit(2);
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const started = Date.now();
  const { url: databaseUrl, stop: stopPg } = await resolveDatabase(config, (pg) =>
    process.stdout.write(`Embedded PostgreSQL started (data in ${pg.dataDir}, port ${pg.port})\n`),
  );
  let orm: Awaited<ReturnType<typeof openOrm>> | undefined;
  try {
    orm = await openOrm(databaseUrl);
    process.stdout.write("Seeding reference data...\n");
    await seedReference(orm, { keys: config.keys, log });
    process.stdout.write(`Seeding ${reports.toLocaleString("en")} synthetic reports...\n`);
    await seedReports(orm, reports, { keys: config.keys, log, progress: reports > 0 });
    const counts = await orm.em.getConnection().execute<{ table: string; rows: number }[]>(
      `select 'region' as table, count(*)::int as rows from region
       union all select 'agency', count(*)::int from agency
       union all select 'category', count(*)::int from category
       union all select 'holiday', count(*)::int from holiday
       union all select 'app_user', count(*)::int from app_user
       union all select 'report', count(*)::int from report
       union all select 'reporter_identity', count(*)::int from reporter_identity
       union all select 'disposition', count(*)::int from disposition
       union all select 'message', count(*)::int from message
       union all select 'report_event', count(*)::int from report_event
       union all select 'rating', count(*)::int from rating`,
    );
    process.stdout.write("\nRows per table:\n");
    for (const c of counts)
      process.stdout.write(`  ${c.table.padEnd(18)} ${c.rows.toLocaleString("en").padStart(12)}\n`);
    process.stdout.write(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await orm?.close(true);
    await stopPg?.();
  }
}

main().catch((e) => {
  process.stderr.write(`Seeding failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
