import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../common/ids";
import type { Connection, PageArgs } from "../common/pagination";
import { type Sql, sql } from "../common/sql";
import type { UserRow } from "../users/user.types";
import { pageById } from "../webhooks/webhook.queries";
import type { AuditEventRow } from "./audit.types";

export interface AuditFilter {
  reportId?: number;
  actorUserId?: number;
  types?: string[];
  from?: Date;
  to?: Date;
}

type Raw = Omit<AuditEventRow, "actor"> & {
  actorUserId: number | null;
  actorName: string | null;
  actorEmail: string | null;
  actorRoles: UserRow["roles"] | null;
  actorAgencyId: number | null;
};

const SELECT = sql`select e.id::text as key, e.report_id as "reportId", e.agency_id as "agencyId", e.type,
  e.from_status as "fromStatus", e.status, e.actor_role as "actorRole", e.note, e.internal, e.created_at as "createdAt",
  e.actor_user_id as "actorUserId", u.name as "actorName", u.email as "actorEmail", u.roles as "actorRoles",
  u.agency_id as "actorAgencyId"
  from report_event e left join app_user u on u.id = e.actor_user_id`;

/** Every event matching the filter, newest first (by ID: the order they were written in). */
export async function auditEvents(
  em: EntityManager,
  f: AuditFilter,
  args: PageArgs,
): Promise<Connection<AuditEventRow>> {
  const where: Sql[] = [];
  if (f.reportId != null) where.push(sql`e.report_id = ${f.reportId}`);
  if (f.actorUserId != null) where.push(sql`e.actor_user_id = ${f.actorUserId}`);
  if (f.types?.length) where.push(sql`e.type = any(${f.types}::text[])`);
  if (f.from) where.push(sql`e.created_at >= ${f.from}`);
  if (f.to) where.push(sql`e.created_at < ${f.to}`);
  const page = await pageById<Raw>(em, SELECT, "e", where, args);
  // Shaped in place: edges and nodes share the rows, and spreading the connection would run its lazy count.
  for (const r of page.nodes) shape(r);
  return page as unknown as Connection<AuditEventRow>;
}

function shape(r: Raw): void {
  const { actorUserId, actorName, actorEmail, actorRoles, actorAgencyId } = r;
  const row = r as unknown as AuditEventRow & Partial<Raw>;
  row.id = toGlobalId("ReportEvent", r.key);
  row.actor =
    actorUserId == null
      ? null
      : {
          __typename: "User",
          id: toGlobalId("User", actorUserId),
          key: actorUserId,
          name: actorName ?? "",
          email: actorEmail ?? "",
          roles: actorRoles ?? [],
          agencyId: actorAgencyId,
        };
  delete row.actorUserId;
  delete row.actorName;
  delete row.actorEmail;
  delete row.actorRoles;
  delete row.actorAgencyId;
}
