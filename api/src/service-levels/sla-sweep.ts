import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { JobHelpers } from "graphile-worker";
import { AuthorRole, DispositionStatus, EventType, ReportStatus, Resolution } from "../common/enums";
import { query, sql } from "../common/sql";
import type { JobDeps, JobModule } from "../jobs/types";
import { Report } from "../reports/report.entity";
import { recordEvent } from "../reports/report.events";
import { resolveReport } from "../reports/report.service";
import { SLA_NOTES as NOTE, ServiceLevelStep } from "./service-levels";

export const SLA_SWEEP_TASK = "sla-sweep";

/** Dispositions still waiting on their agency: these can be overdue. */
const OPEN = [DispositionStatus.PENDING, DispositionStatus.ACCEPTED, DispositionStatus.AWAITING_APPROVAL];

export interface SweepResult {
  /** Overdue dispositions escalated to their agency admins (level 1). */
  escalated: number;
  /** Level-1 escalations still overdue, escalated to national admins (level 2). */
  escalatedNational: number;
  /** Reports past their verification deadline, escalated to national admins. */
  verificationEscalated: number;
  /** RESPONDED reports past the reply window, resolved as AUTO_CLOSED. */
  autoClosed: number;
  /** A step hit the batch limit: more may be waiting. */
  more: boolean;
}

/**
 * One change: its own short transaction with the report's row locked first (as every command does, so the sweep
 * queues behind a user's action on the same report and never deadlocks with one), then `act` re-checks the
 * condition under the lock. Two sweeps, or a sweep and a user, never both act.
 */
async function underReportLock(
  deps: JobDeps,
  reportId: number,
  act: (em: EntityManager, report: Report) => Promise<boolean>,
): Promise<boolean> {
  try {
    return await deps.orm.em.fork().transactional(async (em) => {
      const report = await em.findOne(Report, { id: reportId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      return report ? act(em, report) : false;
    });
  } catch (err) {
    // One bad row must not stop the sweep; it is tried again next minute.
    deps.services.log.error({ err, reportId }, "service-level sweep: a change failed");
    return false;
  }
}

async function each<T extends { reportId: number }>(
  deps: JobDeps,
  rows: T[],
  act: (em: EntityManager, report: Report, row: T) => Promise<boolean>,
): Promise<number> {
  let n = 0;
  for (const row of rows) if (await underReportLock(deps, row.reportId, (em, r) => act(em, r, row))) n++;
  return n;
}

/** (a) Overdue dispositions not yet escalated for their current deadline: tell the agency's admins. */
async function escalateToAgencies(deps: JobDeps, now: Date, limit: number) {
  const rows = await query<{ id: number; reportId: number }>(
    deps.orm.em.fork(),
    sql`select id, report_id as "reportId" from disposition
      where status = any(${OPEN}::text[]) and due_at < ${now} and escalated_due_at is distinct from due_at
      order by due_at, id limit ${limit}`,
  );
  const n = await each(deps, rows, async (em, report, row) => {
    const [d] = await query<{ agencyId: number }>(
      em,
      sql`select agency_id as "agencyId" from disposition where id = ${row.id} and status = any(${OPEN}::text[])
        and due_at < ${now} and escalated_due_at is distinct from due_at for update`,
    );
    if (!d) return false;
    const national = await deps.services.serviceLevels.dueAt(ServiceLevelStep.ESCALATION_NATIONAL, now, {
      kind: report.kind,
      agencyId: d.agencyId,
    });
    await query(
      em,
      sql`update disposition set escalation_level = 1, escalated_due_at = due_at, escalated_at = ${now},
        escalate_national_at = ${national} where id = ${row.id}`,
    );
    recordEvent(em, report, {
      type: EventType.ESCALATED,
      fromStatus: report.status,
      status: report.status,
      actorRole: AuthorRole.SYSTEM,
      dispositionId: row.id,
      agencyId: d.agencyId,
      note: NOTE.agency,
      internal: true,
    });
    await em.flush();
    return true;
  });
  return { n, more: rows.length === limit };
}

/** (b) Level-1 escalations still overdue ESCALATION_NATIONAL working days later: tell the national admins. */
async function escalateToNational(deps: JobDeps, now: Date, limit: number) {
  const due = sql`escalation_level = 1 and escalate_national_at < ${now} and escalated_due_at = due_at
    and status = any(${OPEN}::text[])`;
  const rows = await query<{ id: number; reportId: number }>(
    deps.orm.em.fork(),
    sql`select id, report_id as "reportId" from disposition where ${due} order by escalate_national_at, id limit ${limit}`,
  );
  const n = await each(deps, rows, async (em, report, row) => {
    const [d] = await query(em, sql`select 1 from disposition where id = ${row.id} and ${due} for update`);
    if (!d) return false;
    await query(em, sql`update disposition set escalation_level = 2, escalated_at = ${now} where id = ${row.id}`);
    recordEvent(em, report, {
      type: EventType.ESCALATED,
      fromStatus: report.status,
      status: report.status,
      actorRole: AuthorRole.SYSTEM,
      dispositionId: row.id,
      // No agency: the national admins are told.
      agencyId: null,
      note: NOTE.national,
      internal: true,
    });
    await em.flush();
    return true;
  });
  return { n, more: rows.length === limit };
}

/** (c) Reports still SUBMITTED past their verification deadline: tell the national admins, once per deadline. */
async function escalateVerification(deps: JobDeps, now: Date, limit: number) {
  const due = sql`status = ${ReportStatus.SUBMITTED} and due_at < ${now}
    and verification_escalated_due_at is distinct from due_at`;
  const rows = await query<{ reportId: number }>(
    deps.orm.em.fork(),
    sql`select id as "reportId" from report where ${due} order by due_at, id limit ${limit}`,
  );
  const n = await each(deps, rows, async (em, report) => {
    const [r] = await query(em, sql`select 1 from report where id = ${report.id} and ${due}`);
    if (!r) return false;
    await query(
      em,
      sql`update report set verification_escalated_at = ${now}, verification_escalated_due_at = due_at
        where id = ${report.id}`,
    );
    recordEvent(em, report, {
      type: EventType.ESCALATED,
      fromStatus: report.status,
      status: report.status,
      actorRole: AuthorRole.SYSTEM,
      agencyId: null,
      note: NOTE.verification,
      internal: true,
    });
    await em.flush();
    return true;
  });
  return { n, more: rows.length === limit };
}

/** (d) RESPONDED reports past the reply window: resolved, AUTO_CLOSED (DESIGN.md's lifecycle), as confirm does. */
async function autoClose(deps: JobDeps, now: Date, limit: number) {
  const rows = await query<{ reportId: number }>(
    deps.orm.em.fork(),
    sql`select id as "reportId" from report where status = ${ReportStatus.RESPONDED} and due_at < ${now}
      order by due_at, id limit ${limit}`,
  );
  const n = await each(deps, rows, async (em, r) => {
    if (r.status !== ReportStatus.RESPONDED || !r.dueAt || r.dueAt >= now) return false;
    await resolveReport(em, r, Resolution.AUTO_CLOSED, AuthorRole.SYSTEM, now, NOTE.autoClosed);
    return true;
  });
  return { n, more: rows.length === limit };
}

/**
 * Acts on every deadline that passed: escalations (agency admins, then national admins; verification to national
 * admins) and automatic resolution after the reply window. Each change records a ReportEvent (actor SYSTEM), which
 * the notifications module turns into emails. At most `limit` changes per step per run.
 */
export async function sweepServiceLevels(
  deps: JobDeps,
  opts: { now?: Date; limit?: number } = {},
): Promise<SweepResult> {
  const now = opts.now ?? new Date();
  const limit = opts.limit ?? 200;
  const a = await escalateToAgencies(deps, now, limit);
  const b = await escalateToNational(deps, now, limit);
  const c = await escalateVerification(deps, now, limit);
  const d = await autoClose(deps, now, limit);
  return {
    escalated: a.n,
    escalatedNational: b.n,
    verificationEscalated: c.n,
    autoClosed: d.n,
    more: a.more || b.more || c.more || d.more,
  };
}

/** The "sla-sweep" task: one sweep; when a batch was full, another right after (instead of waiting a minute). */
export async function slaSweepTask(_payload: unknown, helpers: JobHelpers, deps: JobDeps): Promise<void> {
  const result = await sweepServiceLevels(deps);
  if (result.escalated || result.escalatedNational || result.verificationEscalated || result.autoClosed)
    deps.services.log.info({ ...result, component: "jobs" }, "service-level sweep");
  if (result.more) await helpers.addJob(SLA_SWEEP_TASK, {}, { jobKey: SLA_SWEEP_TASK, queueName: "sla" });
}

/**
 * Every minute, once across all API processes (graphile-worker's crontab), in its own queue so sweeps never overlap;
 * the job key keeps at most one waiting. A failed sweep is not retried: the next minute's is the retry.
 */
export const serviceLevelJobs: JobModule = {
  tasks: { [SLA_SWEEP_TASK]: slaSweepTask },
  crontab: [`* * * * * ${SLA_SWEEP_TASK} ?max=1&queue=sla&jobKey=${SLA_SWEEP_TASK}`],
};
