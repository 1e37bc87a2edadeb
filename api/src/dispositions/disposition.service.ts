import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { Agency } from "../agencies/agency.entity";
import { AuthorRole, DispositionStatus, EventType, MessageVisibility, ReportStatus } from "../common/enums";
import { AppError, notFound, userError } from "../common/errors";
import { decodeId } from "../common/ids";
import { text, validate } from "../common/validation";
import { isAgencyAdmin, isAgencyStaff } from "../common/viewer";
import type { Context } from "../context";
import { Message } from "../messages/message.entity";
import { Report } from "../reports/report.entity";
import { recordEvent } from "../reports/report.events";
import { DISPOSITION_FROM, deriveStatus, isActiveDisposition } from "../reports/report.lifecycle";
import { claimAttachments, LIMITS } from "../reports/report.service";
import { ServiceLevelStep } from "../service-levels/service-levels";
import { Disposition } from "./disposition.entity";
import type { ForwardDispositionInput, RespondInput, ReturnDispositionInput } from "./disposition.types";

/**
 * Locks the report, then the disposition; only staff of the disposition's own agency act on it (others get NOT_FOUND,
 * which does not reveal that it exists).
 */
export async function lockForAgency(ctx: Context, em: EntityManager, dispositionId: string) {
  if (!ctx.viewer.userId) throw new AppError("UNAUTHENTICATED", "Sign in first");
  if (!isAgencyStaff(ctx.viewer)) throw new AppError("FORBIDDEN", "Only agency staff act on dispositions");
  const id = decodeId(dispositionId, "Disposition", "input.dispositionId");
  const found = await em.findOne(Disposition, { id }, { fields: ["id", "report", "agency"] });
  if (!found || found.agency.id !== ctx.viewer.agencyId) throw notFound("Disposition not found");
  const report = await em.findOneOrFail(Report, { id: found.report.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const d = await em.findOneOrFail(
    Disposition,
    { id },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ["agency"], refresh: true },
  );
  return { report, d };
}

function requireDisposition(d: Disposition, allowed: readonly DispositionStatus[], action: string) {
  if (!allowed.includes(d.status)) {
    throw userError(
      "INVALID_STATUS",
      `Cannot ${action} a disposition that is ${d.status.toLowerCase().replace(/_/g, " ")} (status ${d.status})`,
      ["input", "dispositionId"],
    );
  }
}

/** Brings the report's status and deadline in line with its dispositions after a change. */
export async function settleReport(
  ctx: Context,
  em: EntityManager,
  report: Report,
  actor: { actorRole: AuthorRole; actorUserId: number | null },
) {
  const all = await em.find(Disposition, { report }, { orderBy: { id: "asc" } });
  const next = deriveStatus(
    report.status,
    all.map((d) => d.status),
  );
  const now = new Date();
  if (next !== report.status) {
    if (next === ReportStatus.SUBMITTED) {
      // Every agency returned it: back to the verifiers' queue with a fresh verification clock.
      recordEvent(em, report, {
        type: EventType.RETURNED,
        fromStatus: report.status,
        status: next,
        ...actor,
        note: null,
      });
    }
    report.status = next;
  }
  if (next === ReportStatus.SUBMITTED)
    report.dueAt = await ctx.serviceLevels.dueAt(ServiceLevelStep.VERIFICATION, now, { kind: report.kind });
  else if (next === ReportStatus.RESPONDED) {
    report.respondedAt = now;
    // Several agencies responded: the reporter gets the longest of their reply windows.
    const windows = await Promise.all(
      all
        .filter((d) => d.status === DispositionStatus.RESPONDED)
        .map((d) =>
          ctx.serviceLevels.dueAt(ServiceLevelStep.REPLY_WINDOW, now, { kind: report.kind, agencyId: d.agency.id }),
        ),
    );
    report.dueAt = new Date(Math.max(...windows.map((w) => w.getTime())));
  } else {
    const open = all.filter((d) => isActiveDisposition(d.status) && d.status !== DispositionStatus.RESPONDED);
    report.dueAt = open.length ? new Date(Math.min(...open.map((d) => d.dueAt.getTime()))) : null;
  }
  report.updatedAt = now;
}

const actorOf = (ctx: Context) => ({ actorRole: AuthorRole.AGENCY, actorUserId: ctx.viewer.userId });

export async function acceptDisposition(ctx: Context, dispositionId: string): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const { report, d } = await lockForAgency(ctx, em, dispositionId);
    requireDisposition(d, DISPOSITION_FROM.accept, "accept");
    d.status = DispositionStatus.ACCEPTED;
    d.acceptedAt = new Date();
    const from = report.status;
    await em.flush();
    await settleReport(ctx, em, report, actorOf(ctx));
    recordEvent(em, report, {
      type: EventType.ACCEPTED,
      fromStatus: from,
      status: report.status,
      dispositionId: d.id,
      agencyId: d.agency.id,
      ...actorOf(ctx),
    });
    await em.flush();
    return d.id;
  });
}

export async function returnDisposition(ctx: Context, input: ReturnDispositionInput): Promise<number> {
  const { reason } = validate(z.object({ reason: text("Reason", LIMITS.reason) }), input);
  return ctx.em.transactional(async (em) => {
    const { report, d } = await lockForAgency(ctx, em, input.dispositionId);
    requireDisposition(d, DISPOSITION_FROM.return, "return");
    d.status = DispositionStatus.RETURNED;
    d.returnReason = reason;
    d.closedAt = new Date();
    const from = report.status;
    await em.flush();
    recordEvent(em, report, {
      type: EventType.RETURNED,
      fromStatus: from,
      status: from,
      dispositionId: d.id,
      agencyId: d.agency.id,
      note: reason,
      internal: true,
      ...actorOf(ctx),
    });
    await settleReport(ctx, em, report, actorOf(ctx));
    await em.flush();
    return d.id;
  });
}

export async function forwardDisposition(ctx: Context, input: ForwardDispositionInput): Promise<number> {
  const v = validate(
    z.object({ instruction: z.string().trim().max(2000, "Instruction must be at most 2000 characters").nullish() }),
    input,
  );
  const toId = decodeId(input.toAgencyId, "Agency", "input.toAgencyId");
  return ctx.em.transactional(async (em) => {
    const { report, d } = await lockForAgency(ctx, em, input.dispositionId);
    requireDisposition(d, DISPOSITION_FROM.forward, "forward");
    if (toId === d.agency.id)
      throw userError("INVALID", "Forward to another agency or to one of your units", ["input", "toAgencyId"]);
    const to = await em.findOne(Agency, { id: toId });
    if (!to) throw userError("NOT_FOUND", "No such agency", ["input", "toAgencyId"]);
    const already = await em.count(Disposition, {
      report,
      agency: to,
      status: { $nin: [DispositionStatus.RETURNED, DispositionStatus.FORWARDED, DispositionStatus.CLOSED] },
    });
    if (already) throw userError("DUPLICATE", `${to.name} already handles this report`, ["input", "toAgencyId"]);
    const now = new Date();
    d.status = DispositionStatus.FORWARDED;
    d.closedAt = now;
    const child = em.create(Disposition, {
      report,
      agency: to,
      fromAgency: d.agency,
      parent: d,
      // Privacy is inherited: the report's flags hold for every disposition, so nothing to copy but the instruction.
      instruction: v.instruction ?? null,
      status: DispositionStatus.PENDING,
      dueAt: await ctx.serviceLevels.dueAt(ServiceLevelStep.FOLLOW_UP, now, { kind: report.kind, agencyId: to.id }),
      createdAt: now,
    });
    await em.flush();
    recordEvent(em, report, {
      type: EventType.FORWARDED,
      fromStatus: report.status,
      status: report.status,
      dispositionId: child.id,
      agencyId: to.id,
      note: v.instruction ?? null,
      internal: true,
      ...actorOf(ctx),
    });
    await settleReport(ctx, em, report, actorOf(ctx));
    await em.flush();
    return child.id;
  });
}

async function publishResponse(
  ctx: Context,
  em: EntityManager,
  report: Report,
  d: Disposition,
  message: Message,
  approved: boolean,
) {
  const now = new Date();
  message.visibility = MessageVisibility.PUBLIC;
  d.status = DispositionStatus.RESPONDED;
  d.respondedAt = now;
  d.draftBody = null;
  d.draftAuthorId = null;
  report.firstResponseAt ??= now;
  const from = report.status;
  await em.flush();
  if (approved)
    recordEvent(em, report, {
      type: EventType.RESPONSE_APPROVED,
      fromStatus: from,
      status: from,
      dispositionId: d.id,
      agencyId: d.agency.id,
      internal: true,
      ...actorOf(ctx),
    });
  await settleReport(ctx, em, report, actorOf(ctx));
  recordEvent(em, report, {
    type: EventType.RESPONDED,
    fromStatus: from,
    status: report.status,
    dispositionId: d.id,
    agencyId: d.agency.id,
    ...actorOf(ctx),
  });
}

/** The follow-up: published at once, or a draft for the agency admin where the agency requires approval. */
export async function respond(ctx: Context, input: RespondInput): Promise<number> {
  const { body } = validate(z.object({ body: text("Response", [LIMITS.body[0], LIMITS.body[1]]) }), input);
  if (input.attachmentIds && input.attachmentIds.length > 10)
    throw userError("INVALID", "At most 10 attachments", ["input", "attachmentIds"]);
  return ctx.em.transactional(async (em) => {
    const { report, d } = await lockForAgency(ctx, em, input.dispositionId);
    requireDisposition(d, DISPOSITION_FROM.respond, "respond to");
    const needsApproval = d.agency.requiresApproval && !isAgencyAdmin(ctx.viewer);
    const message = em.create(Message, {
      report,
      dispositionId: d.id,
      authorRole: AuthorRole.AGENCY,
      authorUserId: ctx.viewer.userId,
      authorName: ctx.viewer.name,
      agencyId: d.agency.id,
      body,
      // A draft stays internal until approved.
      visibility: MessageVisibility.INTERNAL,
      createdAt: new Date(),
    });
    await em.flush();
    await claimAttachments(em, input.attachmentIds, { reportId: report.id, messageId: message.id });
    if (needsApproval) {
      d.status = DispositionStatus.AWAITING_APPROVAL;
      d.draftBody = body;
      d.draftAuthorId = ctx.viewer.userId;
      recordEvent(em, report, {
        type: EventType.RESPONSE_DRAFTED,
        fromStatus: report.status,
        status: report.status,
        dispositionId: d.id,
        agencyId: d.agency.id,
        internal: true,
        ...actorOf(ctx),
      });
    } else {
      await publishResponse(ctx, em, report, d, message, false);
    }
    await em.flush();
    return d.id;
  });
}

export async function approveResponse(ctx: Context, dispositionId: string): Promise<number> {
  if (ctx.viewer.userId && !isAgencyAdmin(ctx.viewer))
    throw new AppError("FORBIDDEN", "Only the agency admin approves responses");
  return ctx.em.transactional(async (em) => {
    const { report, d } = await lockForAgency(ctx, em, dispositionId);
    requireDisposition(d, DISPOSITION_FROM.approve, "approve the response of");
    const draft = await em.findOne(
      Message,
      { report, dispositionId: d.id, visibility: MessageVisibility.INTERNAL, authorRole: AuthorRole.AGENCY },
      { orderBy: { id: "desc" } },
    );
    if (!draft) throw userError("NOT_FOUND", "The draft response is missing", ["input", "dispositionId"]);
    await publishResponse(ctx, em, report, d, draft, true);
    await em.flush();
    return d.id;
  });
}
