import type { EntityManager } from "@mikro-orm/postgresql";
import type { JobHelpers } from "graphile-worker";
import { decrypt, encrypt, hmac } from "../common/crypto";
import { Channel, EventType } from "../common/enums";
import { query, sql } from "../common/sql";
import type { Config } from "../config";
import type { JobDeps, JobModule, RelayedEvent } from "../jobs/types";
import {
  escalationMessage,
  maskRecipient,
  type NotificationChannel,
  normalizePhone,
  publicBaseUrl,
  REPORTER_EVENTS,
  reporterMessage,
} from "./notification.messages";
import { transportsFor } from "./notification.transport";

export const SEND_NOTIFICATION_TASK = "send-notification";

interface Draft {
  audience: "REPORTER" | "STAFF";
  channel: NotificationChannel;
  /** HMAC of event and address: the unique key that makes a retried event queue nothing twice. */
  key: string;
  sealed: string;
  masked: string;
  subject: string;
  body: string;
}

interface ReportFacts {
  trackingId: string;
  anonymous: boolean;
  channel: string;
  emailSealed: string | null;
  phoneSealed: string | null;
}

function draft(
  config: Config,
  event: RelayedEvent,
  audience: Draft["audience"],
  channel: NotificationChannel,
  to: string,
  masked: string,
  message: { subject: string; body: string },
): Draft {
  return {
    audience,
    channel,
    key: hmac(config.keys, "notification-recipient", `${event.eventId}\0${channel}\0${to.toLowerCase()}`),
    sealed: encrypt(config.keys, to) ?? "",
    masked,
    ...message,
  };
}

/**
 * The reporter is told through the channel they gave: SMS first for reports that came in by SMS, else email, else
 * SMS. Only the contact in reporter_identity is used: an anonymous reporter's own choice, a signed-in reporter's
 * account email copied there at submission. Nothing is linkable through the owner tag, by design.
 */
function reporterDrafts(config: Config, event: RelayedEvent, r: ReportFacts): Draft[] {
  const email = decrypt(config.keys, r.emailSealed);
  const phone = decrypt(config.keys, r.phoneSealed);
  const useSms = phone != null && (r.channel === Channel.SMS || !email);
  const channel: NotificationChannel | null = useSms ? "SMS" : email ? "EMAIL" : null;
  const to = useSms ? normalizePhone(phone) : email?.trim();
  if (!channel || !to) return [];
  const message = reporterMessage(channel, event.type, event.status, r.trackingId, publicBaseUrl(config.PUBLIC_URL));
  if (!message) return [];
  return [draft(config, event, "REPORTER", channel, to, maskRecipient(channel, to, r.anonymous), message)];
}

/** ESCALATED: the agency's admins when the event names an agency, else the national admins. */
async function staffDrafts(em: EntityManager, config: Config, event: RelayedEvent, r: ReportFacts): Promise<Draft[]> {
  const national = event.agencyId == null;
  const staff = await query<{ email: string }>(
    em,
    national
      ? sql`select email from app_user where not disabled and 'ADMIN' = any(roles) order by id`
      : sql`select email from app_user where not disabled and 'AGENCY_ADMIN' = any(roles) and agency_id = ${event.agencyId}
          order by id`,
  );
  const message = escalationMessage(r.trackingId, event.status, national, publicBaseUrl(config.PUBLIC_URL));
  return staff.map((s) =>
    draft(config, event, "STAFF", "EMAIL", s.email, maskRecipient("EMAIL", s.email, false), message),
  );
}

/**
 * Queues the messages an event calls for. One statement: the rows and their send jobs commit together, and a retried
 * event inserts nothing (the unique key) and so enqueues nothing.
 */
export async function queueNotifications(deps: JobDeps, event: RelayedEvent): Promise<number> {
  const escalation = event.type === EventType.ESCALATED;
  if (!escalation && !REPORTER_EVENTS.has(event.type)) return 0;
  const { config } = deps.services;
  const em = deps.orm.em.fork();
  const [r] = await query<ReportFacts>(
    em,
    sql`select r.tracking_id as "trackingId", r.anonymous, r.channel, i.email_sealed as "emailSealed",
      i.phone_sealed as "phoneSealed"
      from report r left join reporter_identity i on i.report_id = r.id where r.id = ${event.reportId}`,
  );
  if (!r) return 0;
  const drafts = escalation ? await staffDrafts(em, config, event, r) : reporterDrafts(config, event, r);
  if (!drafts.length) return 0;
  const queued = await query(
    em,
    sql`with inserted as (
      insert into notification (event_id, report_id, audience, channel, recipient_key, recipient_sealed,
        recipient_masked, subject, body)
      select ${event.eventId}::bigint, ${event.reportId}::int, x.audience, x.channel, x.key, x.sealed, x.masked,
        x.subject, x.body
      from json_to_recordset(${JSON.stringify(drafts)}::json)
        as x(audience text, channel text, key text, sealed text, masked text, subject text, body text)
      on conflict (event_id, channel, recipient_key) do nothing
      returning id
    )
    select graphile_worker.add_job(${SEND_NOTIFICATION_TASK}, json_build_object('notificationId', id::text),
      max_attempts := ${config.NOTIFICATION_MAX_ATTEMPTS}::int) from inserted`,
  );
  return queued.length;
}

/** An error message fit for the outbox viewer and the log: the recipient's address replaced by its mask. */
function scrub(err: unknown, to: string | null, masked: string): string {
  let message = err instanceof Error ? err.message : String(err);
  if (to) message = message.split(to).join(masked).split(to.toLowerCase()).join(masked);
  return message.slice(0, 500);
}

/**
 * Sends one queued notification. The row stays locked while the transport works, so a duplicate job waits its turn
 * and then finds it no longer QUEUED. A failure is recorded (attempts, last_error) and thrown, so graphile-worker
 * retries with its backoff; the last allowed attempt marks it FAILED. A sent message forgets its sealed recipient.
 */
export async function sendNotification(payload: unknown, helpers: JobHelpers, deps: JobDeps): Promise<void> {
  const id = String((payload as { notificationId?: unknown })?.notificationId ?? "");
  if (!/^[1-9][0-9]{0,18}$/.test(id)) return;
  const { config, log } = deps.services;
  const failure = await deps.orm.em.fork().transactional(async (em) => {
    const [n] = await query<{
      channel: NotificationChannel;
      recipientSealed: string | null;
      recipientMasked: string;
      subject: string;
      body: string;
    }>(
      em,
      sql`select channel, recipient_sealed as "recipientSealed", recipient_masked as "recipientMasked", subject, body
        from notification where id = ${id}::bigint and status = 'QUEUED' for update`,
    );
    if (!n) return null;
    const transport = transportsFor(config, log)[n.channel];
    let to: string | null = null;
    try {
      to = decrypt(config.keys, n.recipientSealed);
      if (!to) throw new Error("the recipient is unreadable");
      await transport.send({
        notificationId: id,
        channel: n.channel,
        to,
        masked: n.recipientMasked,
        subject: n.subject,
        body: n.body,
      });
    } catch (err) {
      const lastError = scrub(err, to, n.recipientMasked);
      const final = helpers.job.attempts >= helpers.job.max_attempts;
      await query(
        em,
        sql`update notification set attempts = attempts + 1, last_error = ${lastError}, transport = ${transport.name},
          status = ${final ? "FAILED" : "QUEUED"} where id = ${id}::bigint`,
      );
      log.warn({ notificationId: id, recipient: n.recipientMasked, err: lastError, final }, "notification not sent");
      return final ? null : new Error(lastError);
    }
    await query(
      em,
      sql`update notification set status = ${transport.logOnly ? "LOGGED" : "SENT"}, transport = ${transport.name},
        attempts = attempts + 1, last_error = null, sent_at = now(), recipient_sealed = null where id = ${id}::bigint`,
    );
    return null;
  });
  // Thrown after the transaction committed the attempt: graphile-worker schedules the retry.
  if (failure) throw failure;
}

/** Reporter notices and escalation mail (jobs/modules.ts lists it). */
export const notificationJobs: JobModule = {
  tasks: { [SEND_NOTIFICATION_TASK]: sendNotification },
  async onReportEvent(event: RelayedEvent, deps: JobDeps) {
    await queueNotifications(deps, event);
  },
};
