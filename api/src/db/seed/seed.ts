import type { MikroORM } from "@mikro-orm/postgresql";
import cliProgress from "cli-progress";
import { WorkingCalendar } from "../../common/calendar";
import type { Logger } from "../../common/logger";
import type { Config, Keys } from "../../config";
import { agencySeeds, seedAgencies } from "./agencies";
import { seedCategories } from "./categories";
import { type PgClient, rows, withClient } from "./db";
import { FastCalendar } from "./fast-calendar";
import { seedHolidays } from "./holidays";
import { loadRegionData, seedRegions } from "./regions";
import {
  type Batch,
  creationTimes,
  generateReport,
  HISTORY_DAYS,
  insertBatch,
  loadReference,
  newBatch,
  prepareBatch,
  renewTrackingIds,
  sequences,
} from "./reports";
import { seedDemoUsers } from "./users";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./users";

/** Reports per batch: one statement each; large enough to amortise round trips, small enough to stay in memory. */
const BATCH_SIZE = 5000;
/** Concurrent insert connections: PostgreSQL checks foreign keys and maintains indexes per row, on its own cores. */
const WRITERS = 2;
const DAY = 86_400_000;

/**
 * The reference data: Indonesia's regions, the agencies (ministries, national institutions, state enterprises, every
 * provincial and regency/city government, some of their units), the category tree, national holidays and the demo
 * accounts. Idempotent: whatever is already there (matched by code, name or email) is left alone.
 */
export async function seedReference(orm: MikroORM, opts: { keys: Keys; log?: Logger }): Promise<void> {
  const log = opts.log;
  const regionData = loadRegionData();
  await withClient(orm, async (client) => {
    await client.query({ text: "begin" });
    try {
      const regions = await seedRegions(client, regionData);
      const agencies = await seedAgencies(client, agencySeeds(regionData));
      const categories = await seedCategories(client);
      const holidays = await seedHolidays(client);
      const users = await seedDemoUsers(client);
      await client.query({ text: "commit" });
      log?.info({ regions, agencies, categories, holidays, users }, "reference data seeded (rows inserted)");
    } catch (e) {
      await client.query({ text: "rollback" });
      throw e;
    }
  });
}

async function loadCalendar(client: PgClient): Promise<WorkingCalendar> {
  const days = await rows<{ day: string }>(client, "select to_char(day, 'YYYY-MM-DD') as day from holiday");
  return new WorkingCalendar(days.map((d) => d.day));
}

const isTrackingCollision = (e: unknown) =>
  typeof e === "object" &&
  e !== null &&
  (e as { code?: string }).code === "23505" &&
  (e as { constraint?: string }).constraint === "report_tracking_id_key";

/**
 * `n` synthetic reports with realistic distributions and consistent rows in every table they touch (reporter
 * identity, dispositions, messages, events, ratings), created over the last two years up to `now`. Inserted in
 * batches of 5,000, each batch one statement (so each batch is atomic; a failure leaves the earlier batches).
 */
export async function seedReports(
  orm: MikroORM,
  n: number,
  opts: { keys: Keys; calendar?: WorkingCalendar; log?: Logger; progress?: boolean; now?: Date },
): Promise<void> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`seedReports: n must be a non-negative integer, got ${n}`);
  if (n === 0) return;
  const now = (opts.now ?? new Date()).getTime();
  const started = Date.now();
  await withClient(orm, async (client) => {
    const calendar = opts.calendar ?? (await loadCalendar(client));
    const cal = new FastCalendar(calendar, new Date(now - (HISTORY_DAYS + 30) * DAY), new Date(now + 400 * DAY));
    const ref = await loadReference(client);
    const seq = await sequences(client);
    const ctx = { keys: opts.keys, cal, ref, now };
    const bar = opts.progress
      ? new cliProgress.SingleBar(
          {
            format:
              "reports [{bar}] {percentage}% | {value}/{total} | {duration_formatted} elapsed, ETA {eta_formatted}",
            hideCursor: true,
            // Without a terminal (CI logs, pipes) print a line every few seconds instead of redrawing.
            noTTYOutput: !process.stderr.isTTY,
            notTTYSchedule: 5000,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    bar?.start(n, 0);

    const build = (from: number): Batch => {
      const to = Math.min(n, from + BATCH_SIZE);
      const batch = newBatch();
      const merge: number[] = [];
      for (const created of creationTimes(from, to, n, now)) generateReport(ctx, batch, created, merge);
      return batch;
    };
    let nextFrom = 0;
    let failed: unknown;
    const take = (): Batch | undefined => {
      if (failed || nextFrom >= n) return undefined;
      const from = nextFrom;
      nextFrom += BATCH_SIZE;
      return build(from);
    };
    // Two writers: each batch's insert runs in its own PostgreSQL backend while Node builds the next batch.
    const writers = Math.min(WRITERS, Math.ceil(n / BATCH_SIZE));
    const results = await Promise.allSettled(
      Array.from({ length: writers }, () =>
        withClient(orm, async (writer) => {
          await tuneSession(writer);
          try {
            let batch = take();
            while (batch) {
              const ids = await prepareBatch(writer, batch, seq);
              const insert = insertWithRetry(writer, batch, ids);
              const next = take();
              await insert;
              bar?.increment(batch.reports);
              batch = next;
            }
            await untuneSession(writer);
          } catch (e) {
            failed ??= e;
            // The connection may be broken: the original error is what matters.
            await untuneSession(writer).catch(() => undefined);
            throw e;
          }
        }),
      ),
    );
    bar?.stop();
    const error = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (error) throw failed ?? error.reason;
    // Merge what the larger pending lists still hold into the full-text index, so searches do not scan them.
    await client.query({
      text: `select gin_clean_pending_list(i.indexrelid) from pg_index i
        join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
        where i.indrelid = 'report'::regclass and am.amname = 'gin'`,
    });
    await client.query({ text: "analyze report, reporter_identity, disposition, message, report_event, rating" });
  });
  opts.log?.info({ reports: n, ms: Date.now() - started }, "synthetic reports seeded");
}

/**
 * Session settings of the bulk writers (reset before the connection goes back to the pool); nothing in the database
 * is disabled: every constraint, trigger and index is checked and maintained row by row (the outbox trigger skips
 * seeded events by design).
 * - a larger work_mem and GIN pending list: the full-text index takes a batch's words in fewer, larger merges;
 * - a generic plan for the batch statement: planning it with its huge array parameters costs ~0.1 s per batch;
 * - no wait for the WAL flush at each batch's commit (a crash loses at most the last batches; seeding is re-runnable).
 */
const SESSION_SETTINGS: [string, string][] = [
  ["work_mem", "64MB"],
  ["gin_pending_list_limit", "32MB"],
  ["plan_cache_mode", "force_generic_plan"],
  ["synchronous_commit", "off"],
  // History, not news: no outbox rows (the trigger of Migration20261128100000), so no live updates, notifications
  // or webhooks for a million invented events.
  ["aduan.seeding", "on"],
];

async function tuneSession(client: PgClient): Promise<void> {
  for (const [name, value] of SESSION_SETTINGS)
    await client.query({ text: "select set_config($1, $2, false)", values: [name, value] });
}

async function untuneSession(client: PgClient): Promise<void> {
  for (const [name] of SESSION_SETTINGS) await client.query({ text: `reset ${name}` });
}

/** A report submitted meanwhile may take one of the batch's tracking IDs: then draw new ones and insert again. */
async function insertWithRetry(
  client: PgClient,
  batch: Batch,
  ids: { reportIds: number[]; dispositionIds: number[] },
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await insertBatch(client, batch, ids);
      return;
    } catch (e) {
      if (!isTrackingCollision(e) || attempt >= 3) throw e;
      const taken = await rows<{ tracking_id: string }>(
        client,
        "select tracking_id from report where tracking_id = any($1::text[])",
        [batch.tracking],
      );
      renewTrackingIds(batch, new Set(taken.map((t) => t.tracking_id)));
    }
  }
}

/** The zero-config start: on an empty database, the reference data and `SEED_REPORTS` synthetic reports. */
export async function seedIfEmpty(orm: MikroORM, config: Config, log: Logger): Promise<void> {
  const [{ count }] = await withClient(orm, (client) =>
    rows<{ count: number }>(client, "select count(*)::int as count from region"),
  );
  if (count > 0) {
    log.debug("database already seeded");
    return;
  }
  const started = Date.now();
  log.info({ reports: config.SEED_REPORTS }, "empty database: seeding reference data and demo reports");
  await seedReference(orm, { keys: config.keys, log });
  await seedReports(orm, config.SEED_REPORTS, { keys: config.keys, log });
  log.info({ ms: Date.now() - started }, "demo data ready");
}
