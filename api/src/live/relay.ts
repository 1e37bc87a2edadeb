import { Client } from "pg";
import type { Logger } from "../common/logger";
import type { RelayedEvent } from "../jobs/types";
import { REPORT_EVENT_TASK } from "../jobs/worker";
import type { EventBus } from "./bus";

export const REPORT_EVENT_TOPIC = "report-event";
const LOCK = "aduan:outbox-relay";

export interface RelayOptions {
  /** Fallback poll of the outbox when no notification arrives (a lost connection, a missed NOTIFY). */
  pollMs?: number;
  /** How often a standby process tries to become the relay. */
  standbyMs?: number;
  batch?: number;
}

/**
 * Moves committed ReportEvents from the outbox to the event bus and the job queue.
 *
 * - Only committed events are seen: the trigger writes the outbox row in the event's transaction, and PostgreSQL
 *   delivers the NOTIFY that wakes the relay only at commit.
 * - None is lost: a row leaves the outbox in the transaction that enqueues its "report-event" job, after the bus has
 *   accepted the message. A crash before that commit leaves the row for the next relay (a subscriber may then see an
 *   event twice; never zero times). Jobs are enqueued exactly once.
 * - In order per report: commands lock the report row before they write events, so a report's events commit in ID
 *   order, and one relay (a session advisory lock elects it among API processes) publishes in ID order. When the
 *   leader dies its connection, and with it the lock, goes; a standby takes over within `standbyMs`.
 */
export class OutboxRelay {
  private client: Client | null = null;
  private leader = false;
  private stopped = false;
  private draining: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly opts: RelayOptions = {},
  ) {}

  get isLeader(): boolean {
    return this.leader;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: "aduan-outbox-relay" });
    client.on("error", (err) => {
      this.log.warn({ err: err.message }, "outbox relay connection lost");
      this.reset(client);
    });
    client.on("notification", () => this.drain());
    try {
      await client.connect();
      this.client = client;
      await this.tick();
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "outbox relay cannot connect; retrying");
      this.reset(client);
    }
  }

  private reset(client: Client) {
    if (this.client === client) this.client = null;
    this.leader = false;
    void client.end().catch(() => {});
    if (!this.stopped) {
      const t = setTimeout(() => void this.connect(), this.opts.standbyMs ?? 2000);
      t.unref();
    }
  }

  /** Standby: try to become the relay. Leader: drain what polling finds. */
  private async tick(): Promise<void> {
    const client = this.client;
    if (!client || this.stopped) return;
    try {
      if (!this.leader) {
        const { rows } = await client.query<{ ok: boolean }>(
          "select pg_try_advisory_lock(hashtextextended($1, 0)) as ok",
          [LOCK],
        );
        if (rows[0].ok) {
          this.leader = true;
          await client.query("listen aduan_outbox");
          this.log.info("outbox relay: this process relays events");
        }
      }
      if (this.leader) await this.drain();
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "outbox relay tick failed");
    }
    this.schedule(this.leader ? (this.opts.pollMs ?? 1000) : (this.opts.standbyMs ?? 2000));
  }

  /** Drains the outbox; calls that arrive while a drain runs make it go round once more. */
  drain(): Promise<void> {
    if (!this.leader) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.relayBatch()) === (this.opts.batch ?? 500));
        } while (this.again);
      } catch (err) {
        this.log.error({ err }, "outbox relay failed; will retry");
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private async relayBatch(): Promise<number> {
    const client = this.client;
    if (!client || !this.leader) return 0;
    const batch = this.opts.batch ?? 500;
    await client.query("begin");
    try {
      const { rows } = await client.query<RelayedEvent>(
        `with taken as (
           delete from event_outbox where id in (select id from event_outbox order by id limit $1 for update skip locked)
           returning event_id
         )
         select e.id::text as "eventId", e.report_id as "reportId", e.type, e.from_status as "fromStatus", e.status,
           e.actor_role as "actorRole", e.disposition_id as "dispositionId", e.agency_id as "agencyId", e.internal,
           to_json(e.created_at) #>> '{}' as "createdAt"
         from report_event e join taken t on t.event_id = e.id order by e.id`,
        [batch],
      );
      if (rows.length) {
        for (const event of rows) await this.bus.publish(REPORT_EVENT_TOPIC, event);
        await client.query(
          `select graphile_worker.add_job($1, e, max_attempts := 10) from json_array_elements($2::json) e`,
          [REPORT_EVENT_TASK, JSON.stringify(rows)],
        );
      }
      await client.query("commit");
      return rows.length;
    } catch (err) {
      await client.query("rollback").catch(() => {});
      throw err;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.draining;
    const client = this.client;
    this.client = null;
    this.leader = false;
    await client?.end().catch(() => {});
  }
}
