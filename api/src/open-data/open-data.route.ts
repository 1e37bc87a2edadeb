// Open data (DESIGN.md: "Analysts get aggregates and de-identified public records only"), public and cacheable:
//   GET /open-data/reports.csv | .json | .ndjson  ?from&to   de-identified records, streamed from a cursor
//   GET /open-data/statistics.csv ?groupBy&from&to&kinds...    one statistics query (same as GraphQL `statistics`)
import type { Writable } from "node:stream";
import zlib from "node:zlib";
import type { Knex } from "@mikro-orm/postgresql";
import cors from "cors";
import express from "express";
import { GraphQLError } from "graphql";
import { toGlobalId } from "../common/ids";
import type { Logger } from "../common/logger";
import { and, raw, type Sql, sql } from "../common/sql";
import type { AppServices } from "../context";
import type { Orm } from "../db/orm";
import { computeStatistics } from "../statistics/statistics.service";
import { type BucketKey, type BucketRow, StatisticsDimension as Dim } from "../statistics/statistics.types";
import { type CsvValue, csvRecord } from "./csv";
import { checkKnown, ParamError, parseRange, parseStatisticsQuery, REPORT_PARAMS } from "./open-data.params";

/** Rows per FETCH from the cursor: a few hundred KB of output at a time, whatever the range. */
const BATCH = 1000;
/** Downloads streaming at once in this process; each holds one database connection until it ends. */
const MAX_CONCURRENT_EXPORTS = 2;

/**
 * The de-identified record: codes, names of public reference data, dates and counts. No title, body, location,
 * reporter, attachment or message: free text and coordinates can identify people. Only verified, non-confidential
 * reports (what the public list shows). Times are UTC, ISO 8601, to the second.
 */
const utc = (col: string) => `to_char(r.${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const RECORD: { csv: string; json: string; expr: string }[] = [
  { csv: "tracking_id", json: "trackingId", expr: "r.tracking_id" },
  { csv: "kind", json: "kind", expr: "r.kind" },
  { csv: "status", json: "status", expr: "r.status" },
  { csv: "category_name", json: "categoryName", expr: "c.name" },
  { csv: "province_code", json: "provinceCode", expr: "r.province_code" },
  { csv: "province_name", json: "provinceName", expr: "p.name" },
  { csv: "regency_code", json: "regencyCode", expr: "r.regency_code" },
  { csv: "regency_name", json: "regencyName", expr: "g.name" },
  { csv: "channel", json: "channel", expr: "r.channel" },
  { csv: "created_at", json: "createdAt", expr: utc("created_at") },
  { csv: "verified_at", json: "verifiedAt", expr: utc("verified_at") },
  { csv: "first_response_at", json: "firstResponseAt", expr: utc("first_response_at") },
  { csv: "resolved_at", json: "resolvedAt", expr: utc("resolved_at") },
  { csv: "resolution", json: "resolution", expr: "r.resolution" },
  { csv: "support_count", json: "supportCount", expr: "r.support_count" },
];

function recordsSql(range: { from?: Date; to?: Date }): Sql {
  const cols = raw(RECORD.map((f, i) => `${f.expr} as c${i}`).join(", "));
  const where = [raw("r.verified_at is not null and not r.confidential")];
  if (range.from) where.push(sql`r.created_at >= ${range.from}`);
  if (range.to) where.push(sql`r.created_at < ${range.to}`);
  // Oldest first along report_public_created_idx, whose predicate is exactly the public rule.
  return sql`select ${cols} from report r
    left join category c on c.id = r.category_id
    left join region p on p.code = r.province_code
    left join region g on g.code = r.regency_code
    where ${and(where)} order by r.created_at, r.id`;
}

type Format = "csv" | "json" | "ndjson";

const FORMATS: Record<
  Format,
  { type: string; start: string; row: (v: CsvValue[], first: boolean) => string; end: string }
> = {
  csv: {
    type: "text/csv; charset=utf-8; header=present",
    start: csvRecord(RECORD.map((f) => f.csv)),
    row: (v) => csvRecord(v),
    end: "",
  },
  // One JSON array, written as it is read: `[` + objects separated by `,\n` + `]`.
  json: {
    type: "application/json; charset=utf-8",
    start: "[",
    row: (v, first) => `${first ? "\n" : ",\n"}${JSON.stringify(recordObject(v))}`,
    end: "\n]\n",
  },
  // Newline-delimited JSON: one object per line, for tools that read line by line.
  ndjson: {
    type: "application/x-ndjson; charset=utf-8",
    start: "",
    row: (v) => `${JSON.stringify(recordObject(v))}\n`,
    end: "",
  },
};

function recordObject(values: CsvValue[]): Record<string, CsvValue> {
  const o: Record<string, CsvValue> = {};
  RECORD.forEach((f, i) => {
    o[f.json] = values[i] ?? null;
  });
  return o;
}

function sendError(res: express.Response, status: number, code: string, message: string, field?: string) {
  res.status(status).setHeader("Cache-Control", "no-store");
  res.json({ error: { code, message, ...(field ? { field } : {}) } });
}

/** Where the body goes: gzip when the client takes it (CSV shrinks about tenfold), else the response itself. */
function bodyStream(req: express.Request, res: express.Response): Writable {
  res.setHeader("Vary", "Accept-Encoding");
  if (!/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) return res;
  res.setHeader("Content-Encoding", "gzip");
  const gzip = zlib.createGzip({ level: 6 });
  gzip.on("error", () => res.destroy());
  gzip.pipe(res);
  return gzip;
}

/** Resolves once `out` can take more, or the client has gone (then `gone()` is true). */
function drained(out: Writable, res: express.Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      res.off("close", done);
      resolve();
    };
    out.once("drain", done);
    res.once("close", done);
  });
}

/** The calendar day of an instant in Asia/Jakarta (UTC+7, no daylight saving). */
const jakartaDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

function rangeLabel(range: { from?: Date; to?: Date }): string {
  const d = (x: Date | undefined, fallback: string) => (x ? jakartaDate(x) : fallback);
  return range.from || range.to ? `-${d(range.from, "start")}-to-${d(range.to, "now")}` : "";
}

export interface OpenDataDeps {
  orm: Orm;
  services: AppServices;
  log: Logger;
}

export function openDataRouter({ orm, services, log }: OpenDataDeps): express.Router {
  const router = express.Router();
  router.use(cors({ methods: ["GET", "HEAD"] }));
  let exporting = 0;

  const reports =
    (format: Format): express.RequestHandler =>
    async (req, res) => {
      let range: { from?: Date; to?: Date };
      try {
        checkKnown(req.query, REPORT_PARAMS);
        range = parseRange(req.query);
      } catch (e) {
        if (e instanceof ParamError) return sendError(res, 400, "BAD_USER_INPUT", e.message, e.field);
        throw e;
      }
      if (exporting >= MAX_CONCURRENT_EXPORTS) {
        res.setHeader("Retry-After", "10");
        return sendError(res, 503, "BUSY", "Other open-data downloads are running; try again in a few seconds");
      }
      const spec = FORMATS[format];
      res.setHeader("Content-Type", spec.type);
      res.setHeader("Content-Disposition", `attachment; filename="aduan-reports${rangeLabel(range)}.${format}"`);
      // The public list changes by the minute; a shared cache may keep a download for five.
      res.setHeader("Cache-Control", "public, max-age=300");
      res.setHeader("X-Content-Type-Options", "nosniff");
      if (req.method === "HEAD") return void res.end();

      exporting++;
      const out = bodyStream(req, res);
      let gone = false;
      res.on("close", () => {
        gone = !res.writableFinished;
      });
      try {
        out.write(spec.start);
        const q = recordsSql(range);
        // A server-side cursor in a read-only transaction (one consistent snapshot): memory stays flat whatever the
        // range, and a slow client pauses the fetching instead of filling a buffer.
        await orm.em.getKnex().transaction(
          async (trx: Knex.Transaction) => {
            await trx.raw(`declare open_data no scroll cursor for ${q.text}`, q.values as Knex.RawBinding[]);
            let first = true;
            while (!gone) {
              const { rows } = (await trx.raw(`fetch ${BATCH} from open_data`)) as { rows: Record<string, CsvValue>[] };
              if (!rows.length) break;
              let chunk = "";
              for (const row of rows) {
                chunk += spec.row(
                  RECORD.map((_, i) => row[`c${i}`]),
                  first,
                );
                first = false;
              }
              if (!out.write(chunk) && !gone) await drained(out, res);
            }
          },
          { readOnly: true },
        );
        if (!gone) out.end(spec.end);
      } catch (e) {
        log.error({ err: e }, "open-data export failed");
        // The status line is long gone: cut the body short so the client sees an incomplete download, not a valid file.
        res.destroy();
      } finally {
        exporting--;
        if (gone && out !== res) out.destroy();
      }
    };
  for (const format of Object.keys(FORMATS) as Format[]) router.get(`/reports.${format}`, reports(format));

  router.get("/statistics.csv", async (req, res) => {
    let result: Awaited<ReturnType<typeof computeStatistics>>;
    let groupBy: Dim[];
    try {
      const parsed = parseStatisticsQuery(req.query);
      groupBy = parsed.groupBy;
      result = await computeStatistics(services, parsed.filter, groupBy);
    } catch (e) {
      if (e instanceof ParamError) return sendError(res, 400, "BAD_USER_INPUT", e.message, e.field);
      if (e instanceof GraphQLError && e.extensions?.code === "BAD_USER_INPUT")
        return sendError(res, 400, "BAD_USER_INPUT", e.message, e.extensions.field as string | undefined);
      throw e;
    }
    const ref = await services.reference.get();
    const keyColumns = groupBy.flatMap((d) => KEY_COLUMNS[d]);
    let body = csvRecord([...keyColumns.map((c) => c.name), ...METRICS.map((m) => m.name)]);
    for (const b of result.buckets) {
      body += csvRecord([...keyColumns.map((c) => c.value(b.key, ref)), ...METRICS.map((m) => m.value(b))]);
    }
    res.setHeader("Content-Type", "text/csv; charset=utf-8; header=present");
    const name = groupBy.length ? `-${groupBy.join("-").toLowerCase()}` : "";
    res.setHeader("Content-Disposition", `attachment; filename="aduan-statistics${name}.csv"`);
    res.setHeader("Cache-Control", "public, max-age=60");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.send(body);
  });

  router.use((_req, res) => sendError(res, 404, "NOT_FOUND", "No such open-data resource"));
  router.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    log.error({ err }, "open-data request failed");
    if (res.headersSent) return void res.destroy();
    sendError(res, 500, "INTERNAL", "Something went wrong; try again later");
  });
  return router;
}

type Reference = Awaited<ReturnType<AppServices["reference"]["get"]>>;
interface KeyColumn {
  name: string;
  value(key: BucketKey, ref: Reference): CsvValue;
}

/** Each dimension's key as columns: codes (global IDs for categories and agencies, as in the API) plus names. */
const KEY_COLUMNS: Record<Dim, KeyColumn[]> = {
  [Dim.KIND]: [{ name: "kind", value: (k) => k.kind }],
  [Dim.STATUS]: [{ name: "status", value: (k) => k.status }],
  [Dim.CATEGORY]: [
    { name: "category_id", value: (k) => (k.categoryId ? toGlobalId("Category", k.categoryId) : null) },
    { name: "category_name", value: (k, ref) => (k.categoryId ? ref.categories.get(k.categoryId)?.name : null) },
  ],
  [Dim.AGENCY]: [
    { name: "agency_id", value: (k) => (k.agencyId ? toGlobalId("Agency", k.agencyId) : null) },
    { name: "agency_name", value: (k, ref) => (k.agencyId ? ref.agencies.get(k.agencyId)?.name : null) },
  ],
  [Dim.PROVINCE]: [
    { name: "province_code", value: (k) => k.provinceCode },
    { name: "province_name", value: (k, ref) => (k.provinceCode ? ref.regions.get(k.provinceCode)?.name : null) },
  ],
  [Dim.REGENCY]: [
    { name: "regency_code", value: (k) => k.regencyCode },
    { name: "regency_name", value: (k, ref) => (k.regencyCode ? ref.regions.get(k.regencyCode)?.name : null) },
  ],
  [Dim.CHANNEL]: [{ name: "channel", value: (k) => k.channel }],
  [Dim.DAY]: [{ name: "period", value: (k) => k.period && jakartaDate(k.period) }],
  [Dim.WEEK]: [{ name: "period", value: (k) => k.period && jakartaDate(k.period) }],
  [Dim.MONTH]: [{ name: "period", value: (k) => k.period && jakartaDate(k.period) }],
};

const METRICS: { name: string; value(b: BucketRow): CsvValue }[] = [
  { name: "count", value: (b) => b.count },
  { name: "resolved_count", value: (b) => b.resolvedCount },
  { name: "confirmed_count", value: (b) => b.confirmedCount },
  { name: "auto_closed_count", value: (b) => b.autoClosedCount },
  { name: "disposition_count", value: (b) => b.dispositionCount },
  { name: "median_first_response_hours", value: (b) => b.medianFirstResponseHours },
  { name: "median_resolution_hours", value: (b) => b.medianResolutionHours },
  { name: "sla_compliance", value: (b) => b.slaCompliance },
  { name: "average_rating", value: (b) => b.averageRating },
];
