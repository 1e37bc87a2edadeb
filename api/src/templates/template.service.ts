import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { forbidden, notFound, unauthenticated, userError } from "../common/errors";
import { decodeId, toGlobalId } from "../common/ids";
import { query, type Sql, sql } from "../common/sql";
import { text, validate } from "../common/validation";
import { isAdmin, isAgencyAdmin, isAgencyStaff, isVerifier } from "../common/viewer";
import type { Context } from "../context";
import {
  type CreateMessageTemplateInput,
  MessageTemplateKind,
  type TemplateRow,
  type UpdateMessageTemplateInput,
} from "./template.types";

const TITLE = text("The title", [1, 200]);
const BODY = text("The text", [1, 10_000]);

const COLUMNS = sql`select t.id as key, t.kind, t.title, t.body, t.agency_id as "agencyId", t.updated_at as "updatedAt"
  from message_template t`;

async function rows(em: EntityManager, where: Sql): Promise<TemplateRow[]> {
  const found = await query<TemplateRow>(em, sql`${COLUMNS} where ${where} order by t.title, t.id`);
  for (const r of found) r.id = toGlobalId("MessageTemplate", r.key);
  return found;
}

export async function templateByKey(em: EntityManager, key: number): Promise<TemplateRow | null> {
  return (await rows(em, sql`t.id = ${key}`))[0] ?? null;
}

/**
 * REJECTION: verifiers and admins. REPLY: an agency's staff read their agency's templates and those of the agencies
 * above it (a unit's operators use the city's too); `agencyId` narrows to one agency of their subtree. Admins read
 * any agency's (all when `agencyId` is omitted).
 */
export async function listTemplates(
  ctx: Context,
  kind: MessageTemplateKind,
  agencyIdArg?: string | null,
): Promise<TemplateRow[]> {
  const { viewer } = ctx;
  if (!viewer.userId) throw unauthenticated();
  if (kind === MessageTemplateKind.REJECTION) {
    if (!isVerifier(viewer)) throw forbidden("Only verifiers and admins use rejection templates");
    return rows(ctx.em, sql`t.kind = 'REJECTION'`);
  }
  const agencyId = agencyIdArg ? decodeId(agencyIdArg, "Agency", "agencyId") : null;
  if (isAdmin(viewer)) {
    return rows(ctx.em, agencyId == null ? sql`t.kind = 'REPLY'` : sql`t.kind = 'REPLY' and t.agency_id = ${agencyId}`);
  }
  if (!isAgencyStaff(viewer) || viewer.agencyId == null) throw forbidden("Only agency staff use reply templates");
  if (agencyId != null) {
    if (!ctx.agencySubtree.includes(agencyId)) throw notFound("No such agency");
    return rows(ctx.em, sql`t.kind = 'REPLY' and t.agency_id = ${agencyId}`);
  }
  return rows(
    ctx.em,
    sql`t.kind = 'REPLY' and t.agency_id in (with recursive up(id, parent_id) as (
        select id, parent_id from agency where id = ${viewer.agencyId}
        union all select a.id, a.parent_id from agency a join up on a.id = up.parent_id)
      select id from up)`,
  );
}

/** Who may manage a template of this kind and agency: FORBIDDEN by role, NOT_FOUND for another agency's. */
function checkManage(ctx: Context, kind: MessageTemplateKind, agencyId: number | null): void {
  const { viewer } = ctx;
  if (!viewer.userId) throw unauthenticated();
  if (isAdmin(viewer)) return;
  if (kind === MessageTemplateKind.REJECTION) throw forbidden("Only admins manage rejection templates");
  if (!isAgencyAdmin(viewer)) throw forbidden("Only agency admins manage reply templates");
  if (agencyId == null || !ctx.agencySubtree.includes(agencyId)) throw notFound("No such agency");
}

async function requireTemplate(ctx: Context, templateId: string): Promise<TemplateRow> {
  if (!ctx.viewer.userId) throw unauthenticated();
  const t = await templateByKey(ctx.em, decodeId(templateId, "MessageTemplate", "input.templateId"));
  if (!t) throw notFound("No such template");
  try {
    checkManage(ctx, t.kind, t.agencyId);
  } catch (e) {
    // Another agency's template is not revealed: NOT_FOUND, whatever the role.
    if (
      t.kind === MessageTemplateKind.REPLY &&
      isAgencyStaff(ctx.viewer) &&
      !ctx.agencySubtree.includes(t.agencyId ?? -1)
    )
      throw notFound("No such template");
    throw e;
  }
  return t;
}

export async function createTemplate(ctx: Context, input: CreateMessageTemplateInput): Promise<number> {
  const { viewer } = ctx;
  if (!viewer.userId) throw unauthenticated();
  let agencyId: number | null = null;
  if (input.kind === MessageTemplateKind.REPLY) {
    agencyId = input.agencyId
      ? decodeId(input.agencyId, "Agency", "input.agencyId")
      : isAgencyAdmin(viewer)
        ? viewer.agencyId
        : null;
    if (agencyId == null) {
      checkManage(ctx, input.kind, null);
      throw userError("REQUIRED", "Choose the agency whose reply template this is", ["input", "agencyId"]);
    }
  } else if (input.agencyId) {
    checkManage(ctx, input.kind, null);
    throw userError("INVALID", "Rejection templates are national: leave the agency out", ["input", "agencyId"]);
  }
  checkManage(ctx, input.kind, agencyId);
  const v = validate(z.object({ title: TITLE, body: BODY }), input);
  if (agencyId != null) {
    const [a] = await query(ctx.em, sql`select 1 from agency where id = ${agencyId}`);
    if (!a) throw userError("NOT_FOUND", "No such agency", ["input", "agencyId"]);
  }
  const [row] = await query<{ id: number }>(
    ctx.em,
    sql`insert into message_template (kind, agency_id, title, body, created_by)
      values (${input.kind}, ${agencyId}, ${v.title}, ${v.body}, ${viewer.userId}) returning id`,
  );
  return row.id;
}

export async function updateTemplate(ctx: Context, input: UpdateMessageTemplateInput): Promise<number> {
  const t = await requireTemplate(ctx, input.templateId);
  const v = validate(z.object({ title: TITLE.nullish(), body: BODY.nullish() }), input);
  await query(
    ctx.em,
    sql`update message_template set title = coalesce(${v.title ?? null}, title), body = coalesce(${v.body ?? null}, body),
      updated_at = now() where id = ${t.key}`,
  );
  return t.key;
}

export async function deleteTemplate(ctx: Context, templateId: string): Promise<string> {
  const t = await requireTemplate(ctx, templateId);
  await query(ctx.em, sql`delete from message_template where id = ${t.key}`);
  return t.id;
}
