import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../common/ids";
import { type Connection, checkCursorValue, type PageArgs, pageRequest, toConnection } from "../common/pagination";
import { and, query, raw, type Sql, sql } from "../common/sql";
import type { WebhookDeliveryRow, WebhookRow } from "./webhook.types";

/**
 * A page of rows newest first by their id column (`<alias>.id`), with Relay arguments in both directions. `select`
 * is the statement up to its FROM clause and joins; rows carry `key` (the id, as number or text).
 */
export async function pageById<T extends { key: number | string }>(
  em: EntityManager,
  select: Sql,
  alias: string,
  where: Sql[],
  args: PageArgs,
): Promise<Connection<T>> {
  const req = pageRequest(args);
  checkCursorValue(req.cursor, "number", true, req.backward ? "before" : "after");
  const id = raw(`${alias}.id`);
  const cursor = req.cursor ? [req.backward ? sql`${id} > ${req.cursor.id}` : sql`${id} < ${req.cursor.id}`] : [];
  const rows = await query<T>(
    em,
    sql`${select} where ${and([...where, ...cursor])} order by ${id} ${raw(req.backward ? "asc" : "desc")}
      limit ${req.limit + 1}`,
  );
  return toConnection(
    rows,
    req,
    (r) => ({ v: null, id: Number(r.key) }),
    async () => {
      const [c] = await query<{ n: number }>(
        em,
        sql`select count(*)::int as n from (${select} where ${and(where)}) counted`,
      );
      return c.n;
    },
  );
}

const WEBHOOK_COLUMNS = sql`select w.id as key, w.url, w.description, w.event_types as "eventTypes",
  w.agency_id as "agencyId", w.active, w.created_at as "createdAt", w.deleted_at as "deletedAt" from webhook w`;

function shapeWebhook(r: WebhookRow): WebhookRow {
  r.__typename = "Webhook";
  r.id = toGlobalId("Webhook", r.key);
  return r;
}

/** `agencyId`: only that agency's webhooks (an agency admin's view); undefined: all (an admin's). */
export async function listWebhooks(
  em: EntityManager,
  filter: { agencyId?: number; includeDeleted?: boolean },
  args: PageArgs,
): Promise<Connection<WebhookRow>> {
  const where: Sql[] = [];
  if (filter.agencyId !== undefined) where.push(sql`w.agency_id = ${filter.agencyId}`);
  if (!filter.includeDeleted) where.push(raw("w.deleted_at is null"));
  const page = await pageById<WebhookRow>(em, WEBHOOK_COLUMNS, "w", where, args);
  page.nodes.forEach(shapeWebhook);
  return page;
}

export async function webhookByKey(em: EntityManager, key: number): Promise<WebhookRow | null> {
  const [row] = await query<WebhookRow>(em, sql`${WEBHOOK_COLUMNS} where w.id = ${key}`);
  return row ? shapeWebhook(row) : null;
}

export async function listDeliveries(
  em: EntityManager,
  webhookId: number,
  args: PageArgs,
  deliveryId?: number,
): Promise<Connection<WebhookDeliveryRow>> {
  const page = await pageById<WebhookDeliveryRow>(
    em,
    sql`select d.id::text as key, d.event_id::text as "eventId", e.type as "eventType", d.status, d.attempts,
      d.last_status_code as "lastStatusCode", d.last_error as "lastError", d.next_attempt_at as "nextAttemptAt",
      d.first_attempt_at as "firstAttemptAt", d.delivered_at as "deliveredAt", d.created_at as "createdAt"
      from webhook_delivery d join report_event e on e.id = d.event_id`,
    "d",
    deliveryId == null
      ? [sql`d.webhook_id = ${webhookId}`]
      : [sql`d.webhook_id = ${webhookId}`, sql`d.id = ${deliveryId}`],
    args,
  );
  for (const r of page.nodes) {
    r.__typename = "WebhookDelivery";
    r.id = toGlobalId("WebhookDelivery", r.key);
    r.eventId = toGlobalId("ReportEvent", r.eventId);
  }
  return page;
}
