import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { AuthorRole, DispositionStatus, EventType, ReportKind } from "../common/enums";
import { badInput, forbidden, unauthenticated, userError } from "../common/errors";
import { decodeId, toGlobalId } from "../common/ids";
import { query, sql } from "../common/sql";
import { text, validate } from "../common/validation";
import { isAdmin, isStaff, type Viewer } from "../common/viewer";
import type { Context } from "../context";
import { lockForAgency, settleReport } from "../dispositions/disposition.service";
import { recordEvent } from "../reports/report.events";
import { LIMITS } from "../reports/report.service";
import type {
  ExtendDispositionInput,
  HolidayRow,
  RemoveHolidayInput,
  RemoveServiceLevelInput,
  ServiceLevelRow,
  SetHolidayInput,
  SetServiceLevelInput,
} from "./service-level.types";
import { MAX_WORKING_DAYS, ServiceLevelStep } from "./service-levels";

function requireAdmin(viewer: Viewer) {
  if (!viewer.userId) throw unauthenticated();
  if (!isAdmin(viewer)) throw forbidden("Only national admins change service levels and holidays");
}

// ---------------------------------------------------------------------------------------------------------------
// Holidays

/** YYYY-MM-DD, a real day, 2000-2099; one message for the first problem found. */
const isoDate = z
  .string()
  .trim()
  .superRefine((d, issue) => {
    const t = new Date(`${d}T00:00:00Z`);
    const message = !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(d)
      ? "Write the date as YYYY-MM-DD, such as 2026-12-25"
      : Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d
        ? "No such day in the calendar"
        : d < "2000-01-01" || d > "2099-12-31"
          ? "Choose a date between 2000 and 2099"
          : null;
    if (message) issue.addIssue({ code: "custom", message });
  });

const holidayCols = sql`to_char(day, 'YYYY-MM-DD') as date, name`;

export async function holidays(em: EntityManager, year: number): Promise<HolidayRow[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) throw badInput("year must be from 2000 to 2099", "year");
  return query<HolidayRow>(
    em,
    sql`select ${holidayCols} from holiday where day >= make_date(${year}::int, 1, 1)
      and day < make_date(${year}::int + 1, 1, 1) order by day`,
  );
}

/** Adds a holiday or renames it. New deadlines skip it at once in this process, within a minute in the others. */
export async function setHoliday(ctx: Context, input: SetHolidayInput): Promise<HolidayRow> {
  requireAdmin(ctx.viewer);
  const v = validate(z.object({ date: isoDate, name: text("Name", [3, 200]) }), input);
  const [row] = await query<HolidayRow>(
    ctx.em,
    sql`insert into holiday (day, name) values (${v.date}::date, ${v.name})
      on conflict (day) do update set name = excluded.name returning ${holidayCols}`,
  );
  await ctx.serviceLevels.reload();
  ctx.log.info({ date: v.date, userId: ctx.viewer.userId }, "holiday set");
  return row;
}

export async function removeHoliday(ctx: Context, input: RemoveHolidayInput): Promise<HolidayRow> {
  requireAdmin(ctx.viewer);
  const v = validate(z.object({ date: isoDate }), input);
  const [row] = await query<HolidayRow>(
    ctx.em,
    sql`delete from holiday where day = ${v.date}::date returning ${holidayCols}`,
  );
  if (!row) throw userError("NOT_FOUND", `${v.date} is not a holiday`, ["input", "date"]);
  await ctx.serviceLevels.reload();
  ctx.log.info({ date: v.date, userId: ctx.viewer.userId }, "holiday removed");
  return row;
}

// ---------------------------------------------------------------------------------------------------------------
// Settings

const settingCols = sql`s.id as key, s.step, s.kind, s.agency_id as "agencyId", s.working_days as "workingDays",
  s.updated_at as "updatedAt"`;

function shape(rows: Omit<ServiceLevelRow, "id">[]): ServiceLevelRow[] {
  return rows.map((r) => ({ ...r, id: toGlobalId("ServiceLevel", r.key) }));
}

/** Stored settings (staff only: they are the platform's own commitments, not secrets, but nobody else needs them). */
export async function listServiceLevels(ctx: Context, agencyId?: string | null): Promise<ServiceLevelRow[]> {
  if (!ctx.viewer.userId) throw unauthenticated();
  if (!isStaff(ctx.viewer)) throw forbidden("Only staff see service-level settings");
  const agency = agencyId ? decodeId(agencyId, "Agency", "agencyId") : null;
  // With an agency: what can apply to it (its own settings, its parent agencies', the national ones).
  const where =
    agency == null
      ? sql`true`
      : sql`(s.agency_id is null or s.agency_id in (with recursive chain(id) as (select ${agency}::int
          union select a.parent_id from agency a join chain c on a.id = c.id where a.parent_id is not null)
          select id from chain))`;
  return shape(
    await query(
      ctx.em,
      sql`select ${settingCols} from sla_setting s where ${where}
        order by s.step, s.agency_id nulls first, s.kind nulls first`,
    ),
  );
}

const SettingSchema = z.object({
  step: z.nativeEnum(ServiceLevelStep),
  kind: z.nativeEnum(ReportKind).nullish(),
  workingDays: z
    .number()
    .int("Working days are a whole number")
    .min(1, "At least 1 working day")
    .max(MAX_WORKING_DAYS, `At most ${MAX_WORKING_DAYS} working days (the legal ceiling for a complete report)`),
});

/** Validates the (step, kind, agency) key: only combinations that some deadline uses. */
async function settingKey(em: EntityManager, input: RemoveServiceLevelInput) {
  const agencyId = input.agencyId ? decodeId(input.agencyId, "Agency", "input.agencyId") : null;
  const kind = input.kind ?? null;
  if (input.step === ServiceLevelStep.VERIFICATION && agencyId != null) {
    throw userError(
      "INVALID",
      "Verification is done by the national verifiers before any agency is involved: leave the agency empty",
      ["input", "agencyId"],
    );
  }
  if (input.step === ServiceLevelStep.INFORMATION_EXTENSION && kind && kind !== ReportKind.INFORMATION_REQUEST) {
    throw userError("INVALID", "Only information requests can be extended: leave the kind empty or choose it", [
      "input",
      "kind",
    ]);
  }
  if (agencyId != null) {
    const [found] = await query(em, sql`select 1 from agency where id = ${agencyId}`);
    if (!found) throw userError("NOT_FOUND", "No such agency", ["input", "agencyId"]);
  }
  return { step: input.step, kind, agencyId };
}

/**
 * Stores a setting (or changes it). Deadlines already set are not recomputed; new ones use it at once in this
 * process and within a minute in the others.
 */
export async function setServiceLevel(ctx: Context, input: SetServiceLevelInput): Promise<ServiceLevelRow> {
  requireAdmin(ctx.viewer);
  const v = validate(SettingSchema, input);
  const k = await settingKey(ctx.em, { ...input, step: v.step, kind: v.kind });
  const [row] = await query<Omit<ServiceLevelRow, "id">>(
    ctx.em,
    sql`insert into sla_setting as s (step, kind, agency_id, working_days) values (${k.step}, ${k.kind}, ${k.agencyId}, ${v.workingDays})
      on conflict on constraint sla_setting_key do update set working_days = excluded.working_days, updated_at = now()
      returning ${settingCols}`,
  );
  await ctx.serviceLevels.reload();
  ctx.log.info({ ...k, workingDays: v.workingDays, userId: ctx.viewer.userId }, "service level set");
  return shape([row])[0];
}

export async function removeServiceLevel(ctx: Context, input: RemoveServiceLevelInput): Promise<ServiceLevelRow> {
  requireAdmin(ctx.viewer);
  const k = await settingKey(ctx.em, input);
  const [row] = await query<Omit<ServiceLevelRow, "id">>(
    ctx.em,
    sql`delete from sla_setting s where s.step = ${k.step} and s.kind is not distinct from ${k.kind}::text
      and s.agency_id is not distinct from ${k.agencyId}::int returning ${settingCols}`,
  );
  if (!row) throw userError("NOT_FOUND", "No setting is stored for this step, kind and agency", ["input"]);
  await ctx.serviceLevels.reload();
  ctx.log.info({ ...k, userId: ctx.viewer.userId }, "service level removed");
  return shape([row])[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Extension of an information request (UU 14/2008 on public information: 10 working days, extendable once by 7)

const EXTENDABLE: readonly DispositionStatus[] = [
  DispositionStatus.PENDING,
  DispositionStatus.ACCEPTED,
  DispositionStatus.AWAITING_APPROVAL,
];

export async function extendDisposition(ctx: Context, input: ExtendDispositionInput): Promise<number> {
  const { reason } = validate(z.object({ reason: text("Reason", LIMITS.reason) }), input);
  return ctx.em.transactional(async (em) => {
    const { report, d } = await lockForAgency(ctx, em, input.dispositionId);
    const field = ["input", "dispositionId"];
    if (report.kind !== ReportKind.INFORMATION_REQUEST)
      throw userError("NOT_EXTENDABLE", "Only the deadline of an information request can be extended", field);
    if (!EXTENDABLE.includes(d.status)) {
      throw userError(
        "INVALID_STATUS",
        `Cannot extend a disposition that is ${d.status.toLowerCase().replace(/_/g, " ")} (status ${d.status})`,
        field,
      );
    }
    const [{ extendedAt }] = await query<{ extendedAt: Date | null }>(
      em,
      sql`select extended_at as "extendedAt" from disposition where id = ${d.id}`,
    );
    if (extendedAt)
      throw userError("ALREADY_EXTENDED", "The deadline was already extended once; it cannot be again", field);
    const now = new Date();
    // The law lets the agency extend with notice before the deadline, not revive a missed one.
    if (d.dueAt < now)
      throw userError("DEADLINE_PASSED", "The deadline has passed; it can no longer be extended", field);
    d.dueAt = await ctx.serviceLevels.dueAt(ServiceLevelStep.INFORMATION_EXTENSION, d.dueAt, {
      kind: report.kind,
      agencyId: d.agency.id,
    });
    await em.flush();
    await query(em, sql`update disposition set extended_at = ${now} where id = ${d.id}`);
    const actor = { actorRole: AuthorRole.AGENCY, actorUserId: ctx.viewer.userId };
    await settleReport(ctx, em, report, actor);
    // Public on the timeline: the requester is told of the extension and why.
    recordEvent(em, report, {
      type: EventType.DEADLINE_EXTENDED,
      fromStatus: report.status,
      status: report.status,
      dispositionId: d.id,
      agencyId: d.agency.id,
      note: reason,
      ...actor,
    });
    await em.flush();
    return d.id;
  });
}
