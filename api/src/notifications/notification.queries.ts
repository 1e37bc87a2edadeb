import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../common/ids";
import type { Connection, PageArgs } from "../common/pagination";
import { type Sql, sql } from "../common/sql";
import { pageById } from "../webhooks/webhook.queries";
import type { NotificationChannel, NotificationRow, NotificationStatus } from "./notification.types";

/** The outbox, newest first. Masked recipients only: the sealed address is never selected here. */
export async function listNotifications(
  em: EntityManager,
  filter: {
    status?: NotificationStatus | null;
    channel?: NotificationChannel | null;
    reportId?: number | null;
    /** One notification (node(id)). */
    id?: number;
  },
  args: PageArgs,
): Promise<Connection<NotificationRow>> {
  const where: Sql[] = [];
  if (filter.status) where.push(sql`n.status = ${filter.status}`);
  if (filter.channel) where.push(sql`n.channel = ${filter.channel}`);
  if (filter.reportId != null) where.push(sql`n.report_id = ${filter.reportId}`);
  if (filter.id != null) where.push(sql`n.id = ${filter.id}`);
  const page = await pageById<NotificationRow>(
    em,
    sql`select n.id::text as key, n.event_id::text as "eventId", n.report_id as "reportId", n.audience, n.channel,
      n.recipient_masked as recipient, n.subject, n.body, n.status, n.transport, n.attempts, n.last_error as "lastError",
      n.created_at as "createdAt", n.sent_at as "sentAt" from notification n`,
    "n",
    where,
    args,
  );
  for (const r of page.nodes) {
    r.__typename = "Notification";
    r.id = toGlobalId("Notification", r.key);
    r.eventId = toGlobalId("ReportEvent", r.eventId);
  }
  return page;
}
