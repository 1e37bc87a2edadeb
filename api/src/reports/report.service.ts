import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { Agency } from "../agencies/agency.entity";
import { Category } from "../categories/category.entity";
import { decrypt, encrypt, hmac } from "../common/crypto";
import {
  AuthorRole,
  Channel,
  DispositionStatus,
  EventType,
  MessageVisibility,
  ReportKind,
  ReportStatus,
  Resolution,
} from "../common/enums";
import { AppError, notFound, userError } from "../common/errors";
import {
  decodeId,
  decodeUuidId,
  newAccessCode,
  newTrackingId,
  normalizeAccessCode,
  normalizeTrackingId,
} from "../common/ids";
import { InputErrors } from "../common/mutation";
import { query, sql } from "../common/sql";
import { text, validate } from "../common/validation";
import { isVerifier, type Viewer } from "../common/viewer";
import type { Context } from "../context";
import { Disposition } from "../dispositions/disposition.entity";
import { Message } from "../messages/message.entity";
import { Region } from "../regions/region.entity";
import { ServiceLevelStep } from "../service-levels/service-levels";
import { User } from "../users/user.entity";
import { accessCodeHash, checkAccessCode } from "./report.access";
import { IdempotencyKey, Rating, Report, ReporterIdentity, Support } from "./report.entity";
import { recordEvent, staffRole } from "./report.events";
import type {
  ConfirmResolutionInput,
  DisputeResolutionInput,
  MergeReportInput,
  PostMessageInput,
  RejectReportInput,
  RequestInformationInput,
  SetReportPrivacyInput,
  SubmitReportInput,
  VerifyReportInput,
} from "./report.inputs";
import { ALLOWED_FROM, describeStatus } from "./report.lifecycle";

export const LIMITS = { title: [5, 200], body: [20, 10_000], message: [1, 10_000], reason: [10, 2_000] } as const;

const email = z.string().trim().toLowerCase().max(254).email("Enter a valid email address");
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{8,20}$/, "Enter a phone number such as +62 812 3456 7890");

const SubmitSchema = z.object({
  kind: z.nativeEnum(ReportKind),
  title: text("Title", LIMITS.title),
  body: text("Body", LIMITS.body),
  categoryId: z.string().nullish(),
  regionCode: z
    .string()
    .regex(/^[0-9]{2}(\.[0-9]{2}){0,2}$/, "Not a region code such as 32.73")
    .nullish(),
  location: z
    .object({
      lat: z.number().min(-11.5, "Outside Indonesia").max(6.5, "Outside Indonesia"),
      lng: z.number().min(94, "Outside Indonesia").max(141.5, "Outside Indonesia"),
    })
    .nullish(),
  incidentDate: z
    .date()
    .refine((d) => d.getTime() <= Date.now() + 86400_000, "The incident date is in the future")
    .refine((d) => d.getTime() >= Date.parse("1945-08-17"), "Too far in the past")
    .nullish(),
  anonymous: z.boolean(),
  confidential: z.boolean(),
  reporter: z
    .object({
      name: z.string().trim().min(1, "Enter a name").max(200).nullish(),
      email: email.nullish(),
      phone: phone.nullish(),
    })
    .nullish(),
  attachmentIds: z.array(z.string()).max(10, "At most 10 attachments").nullish(),
  channel: z.nativeEnum(Channel).nullish(),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,200}$/, "Use a random key of at least 128 bits, such as a UUID")
    .nullish(),
});

async function lockReport(em: EntityManager, id: number): Promise<Report> {
  const r = await em.findOne(Report, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!r) throw notFound("Report not found");
  return r;
}

function requireStatus(r: Report, allowed: readonly ReportStatus[], action: string) {
  if (!allowed.includes(r.status)) {
    throw userError(
      "INVALID_STATUS",
      `Cannot ${action} a report that is ${describeStatus(r.status)} (status ${r.status})`,
      ["input", "reportId"],
    );
  }
}

/** Attaches uploads (unclaimed, less than a day old) to a report or one of its messages, all or none. */
export async function claimAttachments(
  em: EntityManager,
  ids: string[] | null | undefined,
  target: { reportId: number; messageId?: number },
) {
  if (!ids?.length) return;
  const keys = [...new Set(ids.map((id, i) => decodeUuidId(id, "Attachment", `input.attachmentIds.${i}`)))];
  const claimed = await em.execute<{ id: string }[]>(
    `update attachment set report_id = ?, message_id = ? where id = any(?::uuid[]) and report_id is null and message_id is null
      and created_at > now() - interval '1 day' returning id`,
    [target.reportId, target.messageId ?? null, `{${keys.join(",")}}`],
  );
  if (claimed.length !== keys.length) {
    throw userError(
      "ATTACHMENT_UNAVAILABLE",
      "An attachment does not exist, has expired or is already used; upload it again",
      ["input", "attachmentIds"],
    );
  }
}

/** Whether the viewer handles the report (a non-returned disposition to their agency or its units). */
async function handles(ctx: Context, reportId: number): Promise<boolean> {
  if (!ctx.agencySubtree.length) return false;
  const rows = await query(
    ctx.em,
    sql`select 1 from disposition where report_id = ${reportId} and status <> 'RETURNED' and agency_id = any(${ctx.agencySubtree}::int[]) limit 1`,
  );
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Submission

export interface SubmitResult {
  reportId: number;
  trackingId: string;
  accessCode: string;
}

export async function submitReport(ctx: Context, input: SubmitReportInput): Promise<SubmitResult> {
  const v = validate(SubmitSchema, input);
  const viewer = ctx.viewer;
  const errors: { field: string[]; message: string; code: string }[] = [];
  const channel = v.channel ?? Channel.WEB;
  if (![Channel.WEB, Channel.MOBILE].includes(channel) && !isVerifier(viewer)) {
    errors.push({
      field: ["input", "channel"],
      message: `Only staff record reports from the ${channel} channel`,
      code: "INVALID",
    });
  }
  // Whistleblowing is always anonymous and confidential: the safe choice cannot be turned off.
  const whistle = v.kind === ReportKind.WHISTLEBLOWING;
  const anonymous = v.anonymous || whistle;
  const confidential = v.confidential || whistle;
  if (!anonymous && !viewer.userId && !v.reporter?.name) {
    errors.push({
      field: ["input", "reporter", "name"],
      message: "Give your name, sign in, or report anonymously",
      code: "REQUIRED",
    });
  }
  if (!anonymous && !viewer.userId && !v.reporter?.email && !v.reporter?.phone) {
    errors.push({
      field: ["input", "reporter", "email"],
      message: "Give an email address or phone number so the agency can reach you",
      code: "REQUIRED",
    });
  }
  if (errors.length) throw new InputErrors(errors);
  const categoryId = v.categoryId ? decodeId(v.categoryId, "Category", "input.categoryId") : null;

  const keyHash = v.idempotencyKey ? hmac(ctx.config.keys, "idempotency", v.idempotencyKey) : null;
  return ctx.em.transactional(async (em) => {
    if (keyHash) {
      // Same key, one at a time: the first creates, the others wait and return its result.
      await em.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", [keyHash]);
      // Sealed access codes are kept for 24 hours only: expired keys go as new ones arrive (index on expires_at).
      await em.execute("delete from idempotency_key where expires_at < now()");
      const prior = await em.findOne(
        IdempotencyKey,
        { keyHash, expiresAt: { $gt: new Date() } },
        { populate: ["report"] },
      );
      if (prior) {
        return {
          reportId: prior.report.id,
          trackingId: prior.report.trackingId,
          accessCode: decrypt(ctx.config.keys, prior.accessCodeSealed)!,
        };
      }
    }
    const category = categoryId ? await em.findOne(Category, { id: categoryId }) : null;
    if (categoryId && !category) throw userError("NOT_FOUND", "No such category", ["input", "categoryId"]);
    const region = v.regionCode ? await em.findOne(Region, { code: v.regionCode }) : null;
    if (v.regionCode && !region)
      throw userError("NOT_FOUND", `No region has the code ${v.regionCode}`, ["input", "regionCode"]);
    const now = new Date();
    const accessCode = newAccessCode();
    const report = em.create(Report, {
      trackingId: newTrackingId(),
      kind: v.kind,
      title: v.title,
      body: v.body,
      status: ReportStatus.SUBMITTED,
      channel,
      anonymous,
      confidential,
      category,
      region,
      provinceCode: v.regionCode ? v.regionCode.slice(0, 2) : null,
      regencyCode: v.regionCode && v.regionCode.length >= 5 ? v.regionCode.slice(0, 5) : null,
      lat: v.location?.lat ?? null,
      lng: v.location?.lng ?? null,
      incidentDate: v.incidentDate ?? null,
      accessCodeHash: accessCodeHash(ctx, accessCode),
      ownerTag: viewer.ownerTag,
      createdAt: now,
      updatedAt: now,
      dueAt: await ctx.serviceLevels.dueAt(ServiceLevelStep.VERIFICATION, now, { kind: v.kind }),
    });
    const account = viewer.userId && !anonymous ? await em.findOne(User, { id: viewer.userId }) : null;
    const keys = ctx.config.keys;
    em.create(ReporterIdentity, {
      report,
      // An anonymous reporter's name is never stored; their contact only if they chose to give one.
      nameSealed: anonymous ? null : encrypt(keys, v.reporter?.name ?? account?.name),
      emailSealed: encrypt(keys, v.reporter?.email ?? account?.email),
      phoneSealed: v.reporter?.phone ? encrypt(keys, v.reporter.phone) : (account?.phoneSealed ?? null),
    });
    recordEvent(em, report, {
      type: EventType.SUBMITTED,
      status: ReportStatus.SUBMITTED,
      actorRole: AuthorRole.REPORTER,
    });
    // A tracking ID collision (40 random bits) fails the unique index; the client's retry gets a fresh one.
    await em.flush();
    await claimAttachments(em, v.attachmentIds, { reportId: report.id });
    if (keyHash) {
      em.create(IdempotencyKey, {
        keyHash,
        report,
        accessCodeSealed: encrypt(keys, accessCode)!,
        createdAt: now,
        expiresAt: new Date(now.getTime() + 24 * 3600 * 1000),
      });
      await em.flush();
    }
    return { reportId: report.id, trackingId: report.trackingId, accessCode };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Verification desk

const VerifySchema = z.object({
  title: text("Title", LIMITS.title).nullish(),
  instruction: z.string().trim().max(2000, "Instruction must be at most 2000 characters").nullish(),
  agencyIds: z.array(z.string()).min(1, "Choose at least one agency").max(10, "At most 10 agencies"),
});

function requireVerifier(viewer: Viewer) {
  if (!viewer.userId) throw new AppError("UNAUTHENTICATED", "Sign in first");
  if (!isVerifier(viewer)) throw new AppError("FORBIDDEN", "Only verifiers and admins can do this");
}

/**
 * A RESPONDED report becomes RESOLVED: confirmed by its reporter, or AUTO_CLOSED by the system when the reply window
 * passes in silence ("closed" is not "fixed": statistics count them apart). The caller holds the report's lock.
 */
export async function resolveReport(
  em: EntityManager,
  r: Report,
  resolution: Resolution,
  actorRole: AuthorRole,
  now: Date,
  note: string | null = null,
): Promise<void> {
  await em.nativeUpdate(
    Disposition,
    { report: r, status: DispositionStatus.RESPONDED },
    { status: DispositionStatus.CLOSED, closedAt: now },
  );
  recordEvent(em, r, {
    type: resolution === Resolution.CONFIRMED ? EventType.CONFIRMED : EventType.AUTO_CLOSED,
    fromStatus: r.status,
    status: ReportStatus.RESOLVED,
    actorRole,
    note,
  });
  r.status = ReportStatus.RESOLVED;
  r.resolution = resolution;
  r.resolvedAt = now;
  r.dueAt = null;
  r.updatedAt = now;
  await em.flush();
}

export async function verifyReport(ctx: Context, input: VerifyReportInput): Promise<number> {
  requireVerifier(ctx.viewer);
  const id = decodeId(input.reportId, "Report", "input.reportId");
  const v = validate(VerifySchema, input);
  const categoryId = decodeId(input.categoryId, "Category", "input.categoryId");
  const agencyIds = [...new Set(v.agencyIds.map((a, i) => decodeId(a, "Agency", `input.agencyIds.${i}`)))];
  return ctx.em.transactional(async (em) => {
    const r = await lockReport(em, id);
    requireStatus(r, ALLOWED_FROM.verify, "verify");
    const category = await em.findOne(Category, { id: categoryId });
    if (!category) throw userError("NOT_FOUND", "No such category", ["input", "categoryId"]);
    const agencies = await em.find(Agency, { id: { $in: agencyIds } });
    if (agencies.length !== agencyIds.length)
      throw userError("NOT_FOUND", "An agency does not exist", ["input", "agencyIds"]);
    if (input.confidential === false && r.confidential) {
      throw userError(
        "PRIVACY_RATCHET",
        "Staff can make a report more private, never less; only the reporter can lower it",
        ["input", "confidential"],
      );
    }
    const now = new Date();
    const actor = { actorRole: staffRole(ctx.viewer), actorUserId: ctx.viewer.userId };
    const from = r.status;
    if (v.title && v.title !== r.title) {
      r.originalTitle ??= r.title;
      r.title = v.title;
      recordEvent(em, r, { type: EventType.TITLE_CHANGED, fromStatus: from, status: from, ...actor });
    }
    if (input.kind && input.kind !== r.kind) {
      r.kind = input.kind;
      if (r.kind === ReportKind.WHISTLEBLOWING && (!r.anonymous || !r.confidential)) {
        r.anonymous = true;
        r.confidential = true;
        recordEvent(em, r, { type: EventType.PRIVACY_RAISED, fromStatus: from, status: from, ...actor });
      }
    }
    if (input.confidential && !r.confidential) {
      r.confidential = true;
      recordEvent(em, r, { type: EventType.PRIVACY_RAISED, fromStatus: from, status: from, ...actor });
    }
    r.category = category;
    r.status = ReportStatus.DISPOSED;
    r.verifiedAt ??= now;
    r.updatedAt = now;
    recordEvent(em, r, { type: EventType.VERIFIED, fromStatus: from, status: ReportStatus.DISPOSED, ...actor });
    let due: Date | null = null;
    for (const agency of agencies) {
      const d = em.create(Disposition, {
        report: r,
        agency,
        instruction: v.instruction ?? null,
        status: DispositionStatus.PENDING,
        dueAt: await ctx.serviceLevels.dueAt(ServiceLevelStep.FOLLOW_UP, now, { kind: r.kind, agencyId: agency.id }),
        createdAt: now,
      });
      await em.flush();
      if (!due || d.dueAt < due) due = d.dueAt;
      recordEvent(em, r, {
        type: EventType.DISPOSED,
        fromStatus: from,
        status: ReportStatus.DISPOSED,
        dispositionId: d.id,
        agencyId: agency.id,
        ...actor,
      });
    }
    r.dueAt = due;
    await em.flush();
    return r.id;
  });
}

export async function requestInformation(ctx: Context, input: RequestInformationInput): Promise<number> {
  requireVerifier(ctx.viewer);
  const id = decodeId(input.reportId, "Report", "input.reportId");
  const { question } = validate(z.object({ question: text("Question", LIMITS.reason) }), input);
  return ctx.em.transactional(async (em) => {
    const r = await lockReport(em, id);
    requireStatus(r, ALLOWED_FROM.requestInformation, "ask for information on");
    const role = staffRole(ctx.viewer);
    em.create(Message, {
      report: r,
      authorRole: role,
      authorUserId: ctx.viewer.userId,
      authorName: ctx.viewer.name,
      body: question,
      visibility: MessageVisibility.PUBLIC,
      createdAt: new Date(),
    });
    recordEvent(em, r, {
      type: EventType.INFORMATION_REQUESTED,
      fromStatus: r.status,
      status: ReportStatus.AWAITING_INFORMATION,
      actorRole: role,
      actorUserId: ctx.viewer.userId,
      note: question,
    });
    r.status = ReportStatus.AWAITING_INFORMATION;
    // The verification clock stops while the reporter is asked.
    r.dueAt = null;
    r.updatedAt = new Date();
    await em.flush();
    return r.id;
  });
}

export async function rejectReport(ctx: Context, input: RejectReportInput): Promise<number> {
  requireVerifier(ctx.viewer);
  const id = decodeId(input.reportId, "Report", "input.reportId");
  const { reason } = validate(z.object({ reason: text("Reason", LIMITS.reason) }), input);
  return ctx.em.transactional(async (em) => {
    const r = await lockReport(em, id);
    requireStatus(r, ALLOWED_FROM.reject, "reject");
    const note = input.reasonCode ? `[${input.reasonCode}] ${reason}` : reason;
    recordEvent(em, r, {
      type: EventType.REJECTED,
      fromStatus: r.status,
      status: ReportStatus.REJECTED,
      actorRole: staffRole(ctx.viewer),
      actorUserId: ctx.viewer.userId,
      note,
    });
    r.status = ReportStatus.REJECTED;
    r.dueAt = null;
    r.updatedAt = new Date();
    await em.flush();
    return r.id;
  });
}

export async function mergeReport(ctx: Context, input: MergeReportInput): Promise<number> {
  requireVerifier(ctx.viewer);
  const id = decodeId(input.reportId, "Report", "input.reportId");
  const intoId = decodeId(input.intoReportId, "Report", "input.intoReportId");
  if (id === intoId) throw userError("INVALID", "A report cannot be merged into itself", ["input", "intoReportId"]);
  return ctx.em.transactional(async (em) => {
    // Lock both in key order so two opposite merges cannot deadlock.
    const [a, b] = id < intoId ? [id, intoId] : [intoId, id];
    const first = await lockReport(em, a);
    const second = await lockReport(em, b);
    const r = first.id === id ? first : second;
    const into = first.id === id ? second : first;
    requireStatus(r, ALLOWED_FROM.merge, "merge");
    if ([ReportStatus.MERGED, ReportStatus.REJECTED].includes(into.status)) {
      throw userError("INVALID_STATUS", `Cannot merge into a report that is ${describeStatus(into.status)}`, [
        "input",
        "intoReportId",
      ]);
    }
    recordEvent(em, r, {
      type: EventType.MERGED,
      fromStatus: r.status,
      status: ReportStatus.MERGED,
      actorRole: staffRole(ctx.viewer),
      actorUserId: ctx.viewer.userId,
      note: into.trackingId,
    });
    r.status = ReportStatus.MERGED;
    r.duplicateOf = into;
    r.dueAt = null;
    r.updatedAt = new Date();
    await em.flush();
    return r.id;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The reporter's side

/**
 * Finds the report a reporter acts on: tracking ID + access code, or tracking ID alone for its signed-in owner.
 * A wrong code answers like an unknown tracking ID.
 */
async function reporterReport(
  ctx: Context,
  trackingId: string,
  accessCode: string | null | undefined,
): Promise<number> {
  const tid = normalizeTrackingId(trackingId);
  if (!tid) throw userError("INVALID", "A tracking ID looks like ADU-7K3M-9QXD", ["input", "trackingId"]);
  if (accessCode) {
    const code = normalizeAccessCode(accessCode);
    const id = await checkAccessCode(ctx, tid, code);
    if (id) return id;
  } else if (ctx.viewer.ownerTag) {
    const rows = await query<{ id: number }>(
      ctx.em,
      sql`select id from report where tracking_id = ${tid} and owner_tag = ${ctx.viewer.ownerTag}`,
    );
    if (rows[0]) {
      ctx.reporterGrants.add(rows[0].id);
      return rows[0].id;
    }
  }
  throw userError("NOT_FOUND", "No report matches this tracking ID and access code", ["input", "accessCode"]);
}

export async function postMessage(ctx: Context, input: PostMessageInput): Promise<number> {
  const { body } = validate(z.object({ body: text("Message", LIMITS.message) }), input);
  if (input.attachmentIds && input.attachmentIds.length > 10)
    throw userError("INVALID", "At most 10 attachments", ["input", "attachmentIds"]);
  let reportId: number;
  let asReporter: boolean;
  if (input.trackingId) {
    reportId = await reporterReport(ctx, input.trackingId, input.accessCode);
    asReporter = true;
  } else if (input.reportId) {
    reportId = decodeId(input.reportId, "Report", "input.reportId");
    const own = ctx.viewer.ownerTag
      ? (await query(ctx.em, sql`select 1 from report where id = ${reportId} and owner_tag = ${ctx.viewer.ownerTag}`))
          .length > 0
      : false;
    const staff = isVerifier(ctx.viewer) || (await handles(ctx, reportId));
    if (!own && !staff) throw notFound("Report not found");
    asReporter = !staff;
    if (own && !staff) ctx.reporterGrants.add(reportId);
  } else {
    throw userError("REQUIRED", "Give reportId, or trackingId with the access code", ["input", "reportId"]);
  }
  if (asReporter && input.visibility !== MessageVisibility.PUBLIC) {
    throw userError("INVALID", "Reporters' messages are visible to the handling staff; internal notes are for staff", [
      "input",
      "visibility",
    ]);
  }
  return ctx.em.transactional(async (em) => {
    const r = await lockReport(em, reportId);
    requireStatus(r, ALLOWED_FROM.message, "post a message on");
    const role = asReporter ? AuthorRole.REPORTER : staffRole(ctx.viewer);
    const m = em.create(Message, {
      report: r,
      authorRole: role,
      authorUserId: asReporter ? null : ctx.viewer.userId,
      authorName: asReporter ? null : ctx.viewer.name,
      agencyId: asReporter || role !== AuthorRole.AGENCY ? null : ctx.viewer.agencyId,
      body,
      visibility: input.visibility,
      createdAt: new Date(),
    });
    await em.flush();
    await claimAttachments(em, input.attachmentIds, { reportId: r.id, messageId: m.id });
    const internal = input.visibility === MessageVisibility.INTERNAL;
    if (asReporter && r.status === ReportStatus.AWAITING_INFORMATION) {
      // The answer restarts verification with what was left of its clock.
      const asked = await query<{ askedAt: Date | null }>(
        em,
        sql`select max(created_at) as "askedAt" from report_event where report_id = ${r.id} and type = 'INFORMATION_REQUESTED'`,
      );
      const used = ctx.calendar.workingDaysBetween(r.createdAt, asked[0]?.askedAt ?? r.createdAt);
      recordEvent(em, r, {
        type: EventType.INFORMATION_PROVIDED,
        fromStatus: r.status,
        status: ReportStatus.SUBMITTED,
        actorRole: AuthorRole.REPORTER,
      });
      r.status = ReportStatus.SUBMITTED;
      r.dueAt = await ctx.serviceLevels.dueAt(ServiceLevelStep.VERIFICATION, new Date(), { kind: r.kind }, used);
    } else {
      recordEvent(em, r, {
        type: EventType.MESSAGE_POSTED,
        fromStatus: r.status,
        status: r.status,
        actorRole: role,
        actorUserId: asReporter ? null : ctx.viewer.userId,
        internal,
      });
    }
    r.updatedAt = new Date();
    await em.flush();
    return m.id;
  });
}

export async function confirmResolution(ctx: Context, input: ConfirmResolutionInput): Promise<number> {
  const v = validate(
    z.object({
      score: z
        .number()
        .int("Score is a whole number from 1 to 5")
        .min(1, "Score is from 1 to 5")
        .max(5, "Score is from 1 to 5"),
      comment: z.string().trim().max(2000, "Comment must be at most 2000 characters").nullish(),
    }),
    input,
  );
  const id = await reporterReport(ctx, input.trackingId, input.accessCode);
  return ctx.em.transactional(async (em) => {
    const r = await lockReport(em, id);
    requireStatus(r, ALLOWED_FROM.confirm, "confirm");
    const now = new Date();
    em.create(Rating, { report: r, score: v.score, comment: v.comment || null, createdAt: now });
    await resolveReport(em, r, Resolution.CONFIRMED, AuthorRole.REPORTER, now);
    return r.id;
  });
}

export async function disputeResolution(ctx: Context, input: DisputeResolutionInput): Promise<number> {
  const { reason } = validate(z.object({ reason: text("Reason", LIMITS.reason) }), input);
  const id = await reporterReport(ctx, input.trackingId, input.accessCode);
  return ctx.em.transactional(async (em) => {
    const r = await lockReport(em, id);
    requireStatus(r, ALLOWED_FROM.dispute, "dispute");
    const now = new Date();
    em.create(Message, {
      report: r,
      authorRole: AuthorRole.REPORTER,
      body: reason,
      visibility: MessageVisibility.PUBLIC,
      createdAt: now,
    });
    // The responded dispositions go back to work with a fresh follow-up deadline.
    const responded = await em.find(
      Disposition,
      { report: r, status: DispositionStatus.RESPONDED },
      { populate: ["agency"] },
    );
    let due: Date | null = null;
    for (const d of responded) {
      d.status = DispositionStatus.ACCEPTED;
      d.dueAt = await ctx.serviceLevels.dueAt(ServiceLevelStep.FOLLOW_UP, now, { kind: r.kind, agencyId: d.agency.id });
      if (!due || d.dueAt < due) due = d.dueAt;
    }
    recordEvent(em, r, {
      type: EventType.DISPUTED,
      fromStatus: r.status,
      status: ReportStatus.IN_PROGRESS,
      actorRole: AuthorRole.REPORTER,
    });
    r.status = ReportStatus.IN_PROGRESS;
    r.dueAt = due;
    r.updatedAt = now;
    await em.flush();
    return r.id;
  });
}

export async function supportReport(ctx: Context, reportIdInput: string): Promise<number> {
  if (!ctx.viewer.userId) throw new AppError("UNAUTHENTICATED", "Sign in to support a report");
  const id = decodeId(reportIdInput, "Report", "input.reportId");
  return ctx.em.transactional(async (em) => {
    const rows = await query<{ status: ReportStatus }>(
      em,
      sql`select status from report where id = ${id} and verified_at is not null and not confidential`,
    );
    if (!rows[0]) throw notFound("Report not found");
    const inserted = await em.execute<{ report_id: number }[]>(
      "insert into support (report_id, user_id) values (?, ?) on conflict do nothing returning report_id",
      [id, ctx.viewer.userId],
    );
    if (inserted.length) await em.execute("update report set support_count = support_count + 1 where id = ?", [id]);
    return id;
  });
}

/** Privacy is a ratchet: staff may raise it; only the reporter may lower it; whistleblowing never goes down. */
export async function setReportPrivacy(ctx: Context, input: SetReportPrivacyInput): Promise<number> {
  let id: number;
  let reporter = false;
  if (input.trackingId) {
    id = await reporterReport(ctx, input.trackingId, input.accessCode);
    reporter = true;
  } else if (input.reportId) {
    id = decodeId(input.reportId, "Report", "input.reportId");
    const staff = isVerifier(ctx.viewer) || (await handles(ctx, id));
    if (!staff) throw notFound("Report not found");
  } else {
    throw userError("REQUIRED", "Give reportId, or trackingId with the access code", ["input", "reportId"]);
  }
  return ctx.em.transactional(async (em) => {
    const r = await lockReport(em, id);
    const lowers = (input.anonymous === false && r.anonymous) || (input.confidential === false && r.confidential);
    if (lowers && !reporter) {
      throw userError(
        "PRIVACY_RATCHET",
        "Staff can make a report more private, never less; only the reporter can lower it",
        ["input"],
      );
    }
    if (lowers && r.kind === ReportKind.WHISTLEBLOWING) {
      throw userError("PRIVACY_RATCHET", "Whistleblowing reports always stay anonymous and confidential", ["input"]);
    }
    const next = { anonymous: input.anonymous ?? r.anonymous, confidential: input.confidential ?? r.confidential };
    if (next.anonymous === r.anonymous && next.confidential === r.confidential) return r.id;
    const raised = (next.anonymous && !r.anonymous) || (next.confidential && !r.confidential);
    const actor = reporter
      ? { actorRole: AuthorRole.REPORTER }
      : { actorRole: staffRole(ctx.viewer), actorUserId: ctx.viewer.userId };
    if (raised)
      recordEvent(em, r, { type: EventType.PRIVACY_RAISED, fromStatus: r.status, status: r.status, ...actor });
    if (lowers)
      recordEvent(em, r, { type: EventType.PRIVACY_LOWERED, fromStatus: r.status, status: r.status, ...actor });
    if (next.anonymous && !r.anonymous) {
      // Going anonymous forgets the name; the contact stays for notifications only.
      await em.nativeUpdate(ReporterIdentity, { report: r }, { nameSealed: null });
    }
    r.anonymous = next.anonymous;
    r.confidential = next.confidential;
    r.updatedAt = new Date();
    await em.flush();
    return r.id;
  });
}
