import type { JobHelpers } from "graphile-worker";
import type { AppServices } from "../context";
import type { Orm } from "../db/orm";

/** What a background task may use: the ORM (fork an EntityManager per job) and the process's shared services. */
export interface JobDeps {
  orm: Orm;
  services: AppServices;
}

/**
 * One feature's background work for graphile-worker: named tasks, cron lines (graphile-worker crontab syntax; each
 * runs once per tick across all API processes), and what the feature does for each relayed ReportEvent.
 */
export interface JobModule {
  tasks: Record<string, JobTask>;
  crontab?: string[];
  /**
   * Called once per committed ReportEvent (the "report-event" task, enqueued by the outbox relay in the same
   * transaction that removes the event from the outbox). May run more than once for the same event if a job is
   * retried: must be idempotent by event ID (e.g. insert with a unique key, then add jobs).
   */
  onReportEvent?(event: RelayedEvent, deps: JobDeps, addJob: AddJob): Promise<void>;
}

/** A graphile-worker task that also gets the process's dependencies. */
export type JobTask = (payload: unknown, helpers: JobHelpers, deps: JobDeps) => Promise<void> | void;

export type AddJob = (
  task: string,
  payload: unknown,
  spec?: { runAt?: Date; jobKey?: string; maxAttempts?: number; queueName?: string },
) => Promise<void>;

/** A committed ReportEvent as the relay publishes it: IDs and statuses only, never content or reporter data. */
export interface RelayedEvent {
  /** report_event.id (bigint as text). */
  eventId: string;
  reportId: number;
  type: string;
  fromStatus: string | null;
  status: string;
  actorRole: string;
  dispositionId: number | null;
  agencyId: number | null;
  internal: boolean;
  createdAt: string;
}
