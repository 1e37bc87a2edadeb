import type { JobHelpers } from "graphile-worker";
import { decrypt } from "../common/crypto";
import { toGlobalId } from "../common/ids";
import { query, raw, type Sql, sql } from "../common/sql";
import type { JobDeps, JobModule, RelayedEvent } from "../jobs/types";
import { nextAttemptAt, retryOptions } from "./webhook.retry";
import { signWebhook } from "./webhook.signature";

export const DELIVER_WEBHOOK_TASK = "deliver-webhook";
/** Only for unexpected errors (the database away): HTTP failures are retried by our own schedule below. */
const JOB_ATTEMPTS = 5;

/**
 * Whether the agency `agency` (an SQL expression) or one of its units handles report `report`: a disposition that is
 * not RETURNED (a forwarder keeps its FORWARDED one), as in report.policy.ts. `eventAgency` also counts: an agency
 * hears of what it did itself (its own return, an escalation addressed to it).
 */
export function handlesSql(agency: Sql, report: Sql, eventAgency: Sql = raw("null")): Sql {
  return sql`(with recursive t(id) as (
      select ${agency}::int union select a.id from agency a join t on a.parent_id = t.id
    ) select exists (select 1 from disposition hd where hd.report_id = ${report} and hd.status <> 'RETURNED'
        and hd.agency_id in (select id from t))
      or coalesce(${eventAgency}::int in (select id from t), false))`;
}

const jobSql = (deliveryId: Sql, runAt: Date | null) =>
  sql`graphile_worker.add_job(${DELIVER_WEBHOOK_TASK}, json_build_object('deliveryId', ${deliveryId}::text),
    run_at := ${runAt}::timestamptz, max_attempts := ${JOB_ATTEMPTS}::int,
    job_key := 'webhook-delivery:' || ${deliveryId}::text)`;

/**
 * One delivery per matching active webhook, with its job, in one statement; a retried event inserts nothing and so
 * enqueues nothing. Matching: the event type is subscribed (none listed = all); a global webhook gets every event but
 * internal ones; an agency's webhook gets the events of reports that agency (or a unit) handles, internal ones too.
 */
export async function fanOutWebhooks(deps: JobDeps, event: RelayedEvent): Promise<number> {
  const rows = await query(
    deps.orm.em.fork(),
    sql`with inserted as (
      insert into webhook_delivery (webhook_id, event_id, next_attempt_at)
      select w.id, ${event.eventId}::bigint, now() from webhook w
      where w.active and (cardinality(w.event_types) = 0 or ${event.type} = any(w.event_types))
        and case when w.agency_id is null then not ${event.internal}::boolean
          else ${handlesSql(raw("w.agency_id"), sql`${event.reportId}::int`, sql`${event.agencyId}`)} end
      on conflict (webhook_id, event_id) do nothing
      returning id
    ) select ${jobSql(raw("id"), null)} from inserted`,
  );
  return rows.length;
}

interface DeliveryRow {
  attempts: number;
  firstAttemptAt: Date | null;
  url: string;
  secretSealed: string;
  active: boolean;
  eventKey: string;
  type: string;
  fromStatus: string | null;
  status: string;
  eventCreatedAt: Date;
  reportId: number;
  trackingId: string;
  reportStatus: string;
  kind: string;
  title: string;
  categoryId: number | null;
  regionCode: string | null;
  visible: boolean;
}

/**
 * The JSON a receiver gets, built at each attempt from the report as it is then. Never reporter identity. The
 * tracking ID and content only where the webhook may see them: the report is public (verified, not confidential), or
 * the webhook is its handling agency's. A global webhook is a third party: it must not be able to list (and then
 * follow by tracking ID) reports that the public list does not show (DESIGN.md), so it gets their ID and status only.
 */
export function webhookPayload(deliveryId: string, d: DeliveryRow) {
  return {
    id: toGlobalId("WebhookDelivery", deliveryId),
    eventId: toGlobalId("ReportEvent", d.eventKey),
    type: d.type,
    fromStatus: d.fromStatus,
    status: d.status,
    createdAt: d.eventCreatedAt.toISOString(),
    report: {
      id: toGlobalId("Report", d.reportId),
      status: d.reportStatus,
      ...(d.visible
        ? {
            trackingId: d.trackingId,
            kind: d.kind,
            title: d.title,
            categoryId: d.categoryId == null ? null : toGlobalId("Category", d.categoryId),
            regionCode: d.regionCode,
          }
        : {}),
    },
  };
}

async function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<{ ok: boolean; statusCode: number | null; error: string | null }> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer's body is not read: a 2xx status is the whole acknowledgement.
    await res.body?.cancel().catch(() => {});
    const ok = res.status >= 200 && res.status <= 299;
    return { ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const error =
      e.name === "TimeoutError"
        ? `no answer within ${timeoutMs} ms`
        : [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(": ");
    return { ok: false, statusCode: null, error: error.slice(0, 500) };
  }
}

/**
 * One delivery attempt. The delivery row stays locked during the request (a duplicate job skips it). A 2xx answer
 * makes it DELIVERED; anything else records the attempt and, in the same transaction, schedules the next one
 * (nextAttemptAt) as a new job, or marks it FAILED once the retry window has passed.
 */
export async function deliverWebhook(payload: unknown, _helpers: JobHelpers, deps: JobDeps): Promise<void> {
  const id = String((payload as { deliveryId?: unknown })?.deliveryId ?? "");
  if (!/^[1-9][0-9]{0,18}$/.test(id)) return;
  const { config, log } = deps.services;
  await deps.orm.em.fork().transactional(async (em) => {
    const [d] = await query<DeliveryRow>(
      em,
      sql`select d.attempts, d.first_attempt_at as "firstAttemptAt", w.url, w.secret_sealed as "secretSealed", w.active,
        e.id::text as "eventKey", e.type, e.from_status as "fromStatus", e.status, e.created_at as "eventCreatedAt",
        r.id as "reportId", r.tracking_id as "trackingId", r.status as "reportStatus", r.kind, r.title,
        r.category_id as "categoryId", r.region_code as "regionCode",
        (r.verified_at is not null and not r.confidential)
          or (w.agency_id is not null and ${handlesSql(raw("w.agency_id"), raw("r.id"))}) as "visible"
      from webhook_delivery d join webhook w on w.id = d.webhook_id join report_event e on e.id = d.event_id
        join report r on r.id = e.report_id
      where d.id = ${id}::bigint and d.status = 'PENDING' and (d.next_attempt_at is null or d.next_attempt_at <= now())
      for update of d skip locked`,
    );
    if (!d) return;
    if (!d.active) {
      await query(
        em,
        sql`update webhook_delivery set status = 'FAILED', last_error = 'the webhook was deactivated',
          next_attempt_at = null where id = ${id}::bigint`,
      );
      return;
    }
    const secret = decrypt(config.keys, d.secretSealed);
    if (!secret) throw new Error(`webhook delivery ${id}: the webhook's secret is unreadable`);
    const started = new Date();
    const body = JSON.stringify(webhookPayload(id, d));
    const headers = {
      "content-type": "application/json",
      "user-agent": "Aduan-Webhooks/1",
      "x-aduan-event-id": toGlobalId("ReportEvent", d.eventKey),
      "x-aduan-delivery": toGlobalId("WebhookDelivery", id),
      "x-aduan-signature": signWebhook(secret, body, Math.floor(started.getTime() / 1000)),
    };
    const result = await post(d.url, headers, body, config.WEBHOOK_TIMEOUT_MS);
    const first = d.firstAttemptAt ?? started;
    const attempts = d.attempts + 1;
    if (result.ok) {
      await query(
        em,
        sql`update webhook_delivery set status = 'DELIVERED', attempts = ${attempts}, last_status_code = ${result.statusCode},
          last_error = null, first_attempt_at = ${first}, delivered_at = now(), next_attempt_at = null
        where id = ${id}::bigint`,
      );
      return;
    }
    const next = nextAttemptAt(attempts, first, new Date(), retryOptions(config));
    await query(
      em,
      sql`update webhook_delivery set status = ${next ? "PENDING" : "FAILED"}, attempts = ${attempts},
        last_status_code = ${result.statusCode}, last_error = ${result.error}, first_attempt_at = ${first},
        next_attempt_at = ${next} where id = ${id}::bigint`,
    );
    if (next) await query(em, sql`select ${jobSql(sql`${id}`, next)}`);
    log.info({ deliveryId: id, attempts, error: result.error, next }, "webhook delivery failed");
  });
}

/** Webhook fan-out and delivery (jobs/modules.ts lists it). */
export const webhookJobs: JobModule = {
  tasks: { [DELIVER_WEBHOOK_TASK]: deliverWebhook },
  async onReportEvent(event: RelayedEvent, deps: JobDeps) {
    await fanOutWebhooks(deps, event);
  },
};
