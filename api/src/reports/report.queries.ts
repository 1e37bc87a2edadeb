import type { EntityManager } from "@mikro-orm/postgresql";
import { categorySubtreeSql } from "../categories/category.queries";
import { ReportStatus } from "../common/enums";
import { badInput } from "../common/errors";
import { decodeId, normalizeTrackingId, toGlobalId } from "../common/ids";
import { type Connection, checkCursorValue, type PageArgs, pageRequest, toConnection } from "../common/pagination";
import { and, query, raw, type Sql, sql } from "../common/sql";
import { OrderDirection, type ReportFilter, type ReportOrder, ReportOrderField } from "./report.inputs";
import {
  accessColumnsSql,
  canContentSql,
  canInternalSql,
  isHandlerSql,
  isReporterSql,
  listedSql,
  type ReportScope,
} from "./report.policy";
import type { EventRow, ReportRow } from "./report.types";

/** Statuses in which a deadline on the platform's side runs (used by `overdue`); RESPONDED waits on the reporter. */
export const OVERDUE_STATUSES = [ReportStatus.SUBMITTED, ReportStatus.DISPOSED, ReportStatus.IN_PROGRESS];

const REPORT_COLUMNS: [string, string][] = [
  ["id", "key"],
  ["tracking_id", "trackingId"],
  ["kind", "kind"],
  ["title", "title"],
  ["status", "status"],
  ["channel", "channel"],
  ["anonymous", "anonymous"],
  ["confidential", "confidential"],
  ["category_id", "categoryId"],
  ["region_code", "regionCode"],
  ["lat", "lat"],
  ["lng", "lng"],
  ["incident_date", "incidentDate"],
  ["support_count", "supportCount"],
  ["resolution", "resolution"],
  ["duplicate_of_id", "duplicateOfId"],
  ["created_at", "createdAt"],
  ["verified_at", "verifiedAt"],
  ["first_response_at", "firstResponseAt"],
  ["resolved_at", "resolvedAt"],
  ["due_at", "dueAt"],
];

/**
 * A report's read-model columns with the viewer's access flags; `prefix` names them `<prefix>trackingId` etc. when
 * they ride along another row (the inbox joins its reports in).
 */
export function reportColumnsSql(scope: ReportScope, withBody: boolean, prefix = ""): Sql {
  const cols = [...REPORT_COLUMNS, ...(withBody ? [["body", "body"] as [string, string]] : [])]
    .map(([c, a]) => `r.${c} as "${prefix}${a}"`)
    .join(", ");
  const flags = accessColumnsSql(scope);
  if (!prefix) return sql`${raw(cols)}, ${flags}`;
  return sql`${raw(cols)}, ${isReporterSql(scope)} as "${raw(prefix)}is_reporter", ${isHandlerSql(scope)} as "${raw(prefix)}is_handler",
    ${canContentSql(scope)} as "${raw(prefix)}can_content", ${canInternalSql(scope)} as "${raw(prefix)}can_internal"`;
}

const columns = (scope: ReportScope, withBody: boolean) => reportColumnsSql(scope, withBody);

/** Splits a joined row into its own columns and the report's `<prefix>...` columns (new objects: no `delete`). */
export function splitReport(
  row: Record<string, unknown>,
  prefix: string,
): { rest: Record<string, unknown>; report: ReportRow } {
  const report: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const k in row) {
    if (k.startsWith(prefix)) report[k.slice(prefix.length)] = row[k];
    else rest[k] = row[k];
  }
  return { rest, report: shape([report as Omit<ReportRow, "__typename" | "id">])[0] };
}

function shape(rows: Omit<ReportRow, "__typename" | "id">[]): ReportRow[] {
  for (const r of rows as ReportRow[]) {
    r.__typename = "Report";
    r.id = toGlobalId("Report", r.key);
  }
  return rows as ReportRow[];
}

const REGION_CODE = /^[0-9]{2}(\.[0-9]{2}){0,2}$/;

/** Filters that reveal content (kind, category, region, agencies, text) only match reports whose content the viewer sees. */
export function reportFilterSql(scope: ReportScope, f: ReportFilter | null | undefined): Sql[] {
  if (!f) return [];
  const where: Sql[] = [];
  let contentFilter = false;
  if (f.kinds?.length) {
    where.push(sql`r.kind = any(${f.kinds}::text[])`);
    contentFilter = true;
  }
  if (f.statuses?.length) where.push(sql`r.status = any(${f.statuses}::text[])`);
  if (f.channels?.length) where.push(sql`r.channel = any(${f.channels}::text[])`);
  if (f.categoryIds?.length) {
    const ids = f.categoryIds.map((id, i) => decodeId(id, "Category", `filter.categoryIds.${i}`));
    where.push(sql`r.category_id in ${categorySubtreeSql(ids)}`);
    contentFilter = true;
  }
  if (f.agencyIds?.length) {
    const ids = f.agencyIds.map((id, i) => decodeId(id, "Agency", `filter.agencyIds.${i}`));
    where.push(sql`exists (select 1 from disposition fd where fd.report_id = r.id and fd.status <> 'RETURNED' and fd.agency_id in
      (with recursive t(id) as (select id from agency where id = any(${ids}::int[]) union select a.id from agency a join t on a.parent_id = t.id) select id from t))`);
    contentFilter = true;
  }
  if (f.regionCodes?.length) {
    f.regionCodes.forEach((c, i) => {
      if (!REGION_CODE.test(c))
        throw badInput(`filter.regionCodes.${i} is not a region code`, `filter.regionCodes.${i}`);
    });
    where.push(
      sql`(r.province_code = any(${f.regionCodes}::text[]) or r.regency_code = any(${f.regionCodes}::text[]) or r.region_code = any(${f.regionCodes}::text[]))`,
    );
    contentFilter = true;
  }
  if (f.overdue != null) {
    const overdue = sql`(r.due_at < now() and r.status = any(${OVERDUE_STATUSES}::text[]))`;
    where.push(f.overdue ? overdue : sql`not coalesce(${overdue}, false)`);
  }
  if (f.search != null && f.search.trim() !== "") {
    if (f.search.length > 200) throw badInput("filter.search must be at most 200 characters", "filter.search");
    // A tracking ID (as people type it: any case, with or without dashes) finds its report; other text, the content.
    const trackingId = normalizeTrackingId(f.search.trim());
    where.push(
      trackingId
        ? sql`r.tracking_id = ${trackingId}`
        : sql`to_tsvector('indonesian', r.title || ' ' || r.body) @@ websearch_to_tsquery('indonesian', ${f.search})`,
    );
    contentFilter = true;
  }
  if (f.returned != null) {
    const returned = sql`(r.status = 'SUBMITTED' and exists (select 1 from disposition fd
      where fd.report_id = r.id and fd.status = 'RETURNED'))`;
    where.push(f.returned ? returned : sql`not ${returned}`);
  }
  if (f.createdAfter) where.push(sql`r.created_at >= ${f.createdAfter}`);
  if (f.createdBefore) where.push(sql`r.created_at < ${f.createdBefore}`);
  if (f.mine) where.push(isReporterSql(scope));
  if (contentFilter) where.push(canContentSql(scope));
  return where;
}

const ORDER: Record<ReportOrderField, { expr: string; kind: "date" | "number" }> = {
  CREATED_AT: { expr: "r.created_at", kind: "date" },
  DUE_AT: { expr: "coalesce(r.due_at, 'infinity'::timestamptz)", kind: "date" },
  SUPPORT_COUNT: { expr: "r.support_count", kind: "number" },
};

function cursorValueOf(row: ReportRow, field: ReportOrderField): string | number | null {
  if (field === ReportOrderField.SUPPORT_COUNT) return row.supportCount;
  if (field === ReportOrderField.DUE_AT) return row.dueAt ? row.dueAt.toISOString() : "infinity";
  return row.createdAt.toISOString();
}

export async function listReports(
  em: EntityManager,
  scope: ReportScope,
  filter: ReportFilter | null | undefined,
  orderBy: ReportOrder | null | undefined,
  args: PageArgs,
  withBody: boolean,
): Promise<Connection<ReportRow>> {
  const req = pageRequest(args);
  const field = orderBy?.field ?? ReportOrderField.CREATED_AT;
  const { expr, kind } = ORDER[field];
  const cursorField = req.backward ? "before" : "after";
  if (req.cursor && !(field === ReportOrderField.DUE_AT && req.cursor.v === "infinity")) {
    checkCursorValue(req.cursor, kind, false, cursorField);
  }
  const where = [listedSql(scope), ...reportFilterSql(scope, filter)];
  const filterSql = and(where);
  const desc = (orderBy?.direction ?? OrderDirection.DESC) === OrderDirection.DESC;
  // Paging backwards reads the other way and flips the page afterwards.
  const readDesc = desc !== req.backward;
  const c = req.cursor;
  const cursorCast = kind === "date" ? raw("::timestamptz") : raw("::int");
  const keyset = c ? sql`(${raw(expr)}, r.id) ${raw(readDesc ? "<" : ">")} (${c.v}${cursorCast}, ${c.id})` : sql`true`;
  const dir = raw(readDesc ? "desc" : "asc");
  const rows = shape(
    await query(
      em,
      sql`select ${columns(scope, withBody)} from report r where ${filterSql} and ${keyset}
        order by ${raw(expr)} ${dir}, r.id ${dir} limit ${req.limit + 1}`,
    ),
  );
  return toConnection(
    rows,
    req,
    (r) => ({ v: cursorValueOf(r, field), id: r.key }),
    async () => {
      const [{ n }] = await query<{ n: number }>(em, sql`select count(*)::int as n from report r where ${filterSql}`);
      return n;
    },
  );
}

/** Reports by key that the viewer may find at all; others come back null (not found, never forbidden). */
export async function reportsByKeys(
  em: EntityManager,
  scope: ReportScope,
  keys: readonly number[],
  withBody = true,
): Promise<(ReportRow | null)[]> {
  const rows = shape(
    await query(
      em,
      sql`select ${columns(scope, withBody)} from report r where r.id = any(${[...keys]}::int[]) and ${listedSql(scope)}`,
    ),
  );
  const by = new Map(rows.map((r) => [r.key, r]));
  return keys.map((k) => by.get(k) ?? null);
}

/** By tracking ID: status and timeline are public to whoever holds it; content follows the usual rules. */
export async function reportByTrackingId(
  em: EntityManager,
  scope: ReportScope,
  trackingId: string,
): Promise<ReportRow | null> {
  const rows = shape(
    await query(em, sql`select ${columns(scope, true)} from report r where r.tracking_id = ${trackingId}`),
  );
  return rows[0] ?? null;
}

const eventColumns = sql`e.id::text as key, e.report_id as "reportId", e.type, e.from_status as "fromStatus", e.status,
  e.actor_role as "actorRole", u.name as "actorName", e.note, e.internal, e.created_at as "createdAt"`;

async function eventRows(em: EntityManager, where: Sql): Promise<(EventRow & { internal: boolean })[]> {
  const rows = await query<EventRow & { internal: boolean }>(
    em,
    sql`select ${eventColumns} from report_event e left join app_user u on u.id = e.actor_user_id
      where ${where} order by e.id`,
  );
  for (const r of rows) {
    r.__typename = "ReportEvent";
    r.id = toGlobalId("ReportEvent", r.key);
  }
  return rows;
}

export async function eventsByReports(
  em: EntityManager,
  reportIds: readonly number[],
): Promise<(EventRow & { internal: boolean })[][]> {
  const rows = await eventRows(em, sql`e.report_id = any(${[...reportIds]}::int[])`);
  return reportIds.map((id) => rows.filter((r) => r.reportId === id));
}

/** Events by ID, unfiltered: callers apply eventView for their viewer. */
export async function eventsByIds(em: EntityManager, ids: readonly string[]) {
  return eventRows(em, sql`e.id = any(${[...ids]}::bigint[])`);
}

export async function reporterIdentities(em: EntityManager, reportIds: readonly number[]) {
  const rows = await query<{ reportId: number; name: string | null; email: string | null; phone: string | null }>(
    em,
    sql`select report_id as "reportId", name_sealed as name, email_sealed as email, phone_sealed as phone
      from reporter_identity where report_id = any(${[...reportIds]}::int[])`,
  );
  const by = new Map(rows.map((r) => [r.reportId, r]));
  return reportIds.map((id) => by.get(id) ?? null);
}

export async function ratingsByReports(em: EntityManager, reportIds: readonly number[]) {
  const rows = await query<{ reportId: number; score: number; comment: string | null; createdAt: Date }>(
    em,
    sql`select report_id as "reportId", score, comment, created_at as "createdAt" from rating where report_id = any(${[...reportIds]}::int[])`,
  );
  const by = new Map(rows.map((r) => [r.reportId, r]));
  return reportIds.map((id) => by.get(id) ?? null);
}

export async function supportedByUser(
  em: EntityManager,
  userId: number,
  reportIds: readonly number[],
): Promise<boolean[]> {
  const rows = await query<{ reportId: number }>(
    em,
    sql`select report_id as "reportId" from support where user_id = ${userId} and report_id = any(${[...reportIds]}::int[])`,
  );
  const set = new Set(rows.map((r) => r.reportId));
  return reportIds.map((id) => set.has(id));
}
