import type { EntityManager } from "@mikro-orm/postgresql";
import { DispositionStatus } from "../common/enums";
import { badInput } from "../common/errors";
import { decodeId, toGlobalId } from "../common/ids";
import { type Connection, checkCursorValue, type PageArgs, pageRequest, toConnection } from "../common/pagination";
import { and, query, raw, type Sql, sql } from "../common/sql";
import { isVerifier } from "../common/viewer";
import { OrderDirection } from "../reports/report.inputs";
import type { ReportScope } from "../reports/report.policy";
import { reportColumnsSql, reportFilterSql, splitReport } from "../reports/report.queries";
import {
  type DispositionFilter,
  type DispositionOrder,
  DispositionOrderField,
  type DispositionRow,
  ESCALATION_BY_LEVEL,
} from "./disposition.types";

/** Dispositions still waiting on their agency (an overdue one of these is late). */
export const OPEN_DISPOSITION = [
  DispositionStatus.PENDING,
  DispositionStatus.ACCEPTED,
  DispositionStatus.AWAITING_APPROVAL,
];

const cols = sql`d.id as key, d.report_id as "reportId", d.agency_id as "agencyId", d.from_agency_id as "fromAgencyId",
  d.parent_id as "parentId", d.status, d.instruction, d.return_reason as "returnReason", d.draft_body as "draftBody",
  d.due_at as "dueAt", d.created_at as "createdAt", d.accepted_at as "acceptedAt", d.responded_at as "respondedAt",
  case when d.escalated_due_at = d.due_at then d.escalation_level else 0 end::int as "escalationLevel",
  case when d.escalated_due_at = d.due_at then d.escalated_at end as "escalatedAt",
  case when d.escalated_due_at = d.due_at and d.escalation_level = 1 then d.escalate_national_at end
    as "escalateNationalAt"`;

function shape(
  rows: Omit<DispositionRow, "__typename" | "id">[],
  canInternal: (r: DispositionRow) => boolean,
): DispositionRow[] {
  for (const r of rows as DispositionRow[]) {
    r.__typename = "Disposition";
    r.id = toGlobalId("Disposition", r.key);
    r.can_internal = canInternal(r);
  }
  return rows as DispositionRow[];
}

/** A report's dispositions, for a viewer who may see them (the caller checks the report's flags). */
export async function dispositionsByReports(em: EntityManager, reportIds: readonly number[]) {
  const rows = shape(
    await query(
      em,
      sql`select ${cols} from disposition d where d.report_id = any(${[...reportIds]}::int[]) order by d.id`,
    ),
    () => false,
  );
  return reportIds.map((id) => rows.filter((r) => r.reportId === id));
}

/** Dispositions by key, for staff: their own agency's subtree, or all for verifiers. Others get null. */
export async function dispositionsByKeys(em: EntityManager, scope: ReportScope, keys: readonly number[]) {
  const mine = isVerifier(scope.viewer)
    ? raw("true")
    : scope.agencySubtree.length
      ? sql`d.agency_id = any(${scope.agencySubtree}::int[])`
      : raw("false");
  const rows = shape(
    await query(em, sql`select ${cols} from disposition d where d.id = any(${[...keys]}::int[]) and ${mine}`),
    () => true,
  );
  const by = new Map(rows.map((r) => [r.key, r]));
  return keys.map((k) => by.get(k) ?? null);
}

const ORDER: Record<DispositionOrderField, string> = { DUE_AT: "d.due_at", CREATED_AT: "d.created_at" };

/** The agency inbox: the viewer's agency and its units (verifiers: all, or the agencies they filter by). */
export async function listDispositions(
  em: EntityManager,
  scope: ReportScope,
  filter: DispositionFilter | null | undefined,
  orderBy: DispositionOrder | null | undefined,
  args: PageArgs,
): Promise<Connection<DispositionRow>> {
  const req = pageRequest(args, 50);
  checkCursorValue(req.cursor, "date", false, req.backward ? "before" : "after");
  const where: Sql[] = [];
  // The agencies whose dispositions are listed: staff see their agency and its units; verifiers all, or the
  // agencies (with their units) they filter by.
  let agencies: Sql | null = null;
  if (!isVerifier(scope.viewer)) agencies = sql`${scope.agencySubtree}::int[]`;
  else if (filter?.agencyIds?.length) {
    const ids = filter.agencyIds.map((id, i) => decodeId(id, "Agency", `filter.agencyIds.${i}`));
    agencies = sql`array(with recursive t(id) as (select id from agency where id = any(${ids}::int[])
      union select a.id from agency a join t on a.parent_id = t.id) select id from t)`;
  }
  if (filter?.statuses?.length) where.push(sql`d.status = any(${filter.statuses}::text[])`);
  if (filter?.overdue != null) {
    const overdue = sql`(d.due_at < now() and d.status = any(${OPEN_DISPOSITION}::text[]))`;
    where.push(filter.overdue ? overdue : sql`not ${overdue}`);
  }
  if (filter?.escalations?.length) {
    const levels = filter.escalations.map((e) => ESCALATION_BY_LEVEL.indexOf(e));
    where.push(
      sql`(case when d.escalated_due_at = d.due_at then d.escalation_level else 0 end) = any(${levels}::int[])`,
    );
  }
  if (filter?.search != null && filter.search.length > 200)
    throw badInput("filter.search must be at most 200 characters", "filter.search");
  // The report-level filters are the reports list's own (same visibility rules).
  const reportWhere = reportFilterSql(scope, {
    kinds: filter?.kinds,
    categoryIds: filter?.categoryIds,
    regionCodes: filter?.regionCodes,
    search: filter?.search,
  });
  const filterSql = and([...where, ...reportWhere]);
  const expr = ORDER[orderBy?.field ?? DispositionOrderField.DUE_AT];
  const desc = (orderBy?.direction ?? OrderDirection.ASC) === OrderDirection.DESC;
  const readDesc = desc !== req.backward;
  const c = req.cursor;
  const keyset = c ? sql`(${raw(expr)}, d.id) ${raw(readDesc ? "<" : ">")} (${c.v}::timestamptz, ${c.id})` : sql`true`;
  const dir = raw(readDesc ? "desc" : "asc");
  // The page first (index on agency, deadline), then its reports by primary key: joining before the LIMIT lets the
  // planner hash the whole report table.
  const from = reportWhere.length ? sql`disposition d join report r on r.id = d.report_id` : sql`disposition d`;
  const order = sql`order by ${raw(expr)} ${dir}, d.id ${dir} limit ${req.limit + 1}`;
  // The page first, then its reports by primary key (joining before the LIMIT lets the planner hash the whole
  // report table). With a set of agencies, each agency's first page comes from its (agency, deadline) index and
  // the pages are merged: no sort of every disposition the agencies ever had.
  const page = agencies
    ? sql`select x.* from unnest(${agencies}) a(id) cross join lateral (
        select d.* from ${from} where d.agency_id = a.id and ${filterSql} and ${keyset} ${order}) x
        order by ${raw(expr.replace("d.", "x."))} ${dir}, x.id ${dir} limit ${req.limit + 1}`
    : sql`select d.* from ${from} where ${filterSql} and ${keyset} ${order}`;
  const raws = await query<Record<string, unknown>>(
    em,
    sql`select ${cols}, ${reportColumnsSql(scope, false, "r.")}
      from (${page}) d join report r on r.id = d.report_id
      order by ${raw(expr)} ${dir}, d.id ${dir}`,
  );
  const split = raws.map((row) => splitReport(row, "r."));
  const rows = shape(split.map((x) => x.rest) as unknown as Omit<DispositionRow, "__typename" | "id">[], () => true);
  rows.forEach((d, i) => {
    d.reportRow = split[i].report;
  });
  const field = orderBy?.field ?? DispositionOrderField.DUE_AT;
  return toConnection(
    rows,
    req,
    (r) => ({ v: (field === DispositionOrderField.DUE_AT ? r.dueAt : r.createdAt).toISOString(), id: r.key }),
    async () => {
      const inAgencies = agencies ? sql` and d.agency_id = any(${agencies})` : sql``;
      const [{ n }] = await query<{ n: number }>(
        em,
        sql`select count(*)::int as n from ${from} where ${filterSql}${inAgencies}`,
      );
      return n;
    },
  );
}
