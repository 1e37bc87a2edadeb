import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { AgencyKind } from "../common/enums";
import { forbidden, unauthenticated, userError } from "../common/errors";
import { decodeId } from "../common/ids";
import { join, query, raw, type Sql, sql } from "../common/sql";
import { text, validate } from "../common/validation";
import { isAdmin, isAgencyAdmin } from "../common/viewer";
import type { Context } from "../context";
import { forgetSubtreesOf } from "../users/auth.service";
import type { CreateAgencyInput, CreateCategoryInput, UpdateAgencyInput, UpdateCategoryInput } from "./admin.types";

/** Agencies and categories are national reference data: admins only. */
export function requireAdmin(ctx: Context): void {
  if (!ctx.viewer.userId) throw unauthenticated();
  if (!isAdmin(ctx.viewer)) throw forbidden("Only admins manage agencies and categories");
}

const NAME = text("The name", [1, 200]);
const EMAIL = z.string().trim().toLowerCase().max(254, "At most 254 characters").email("Enter a valid email address");
const HINT = z.string().trim().max(1000, "The routing hint must be at most 1000 characters");

/** Whether a key exists in a table; a missing one is a userError on `field`. */
async function mustExist(
  em: EntityManager,
  table: "agency" | "category" | "region",
  key: number | string,
  field: string,
) {
  const column = raw(table === "region" ? "code" : "id");
  const rows = await query(em, sql`select 1 from ${raw(table)} where ${column} = ${key}`);
  if (!rows.length) throw userError("NOT_FOUND", `No such ${table}`, ["input", field]);
}

/** Refuses a parent that is the node itself or one of its descendants (the tree would become a loop). */
async function noLoop(em: EntityManager, table: "agency" | "category", id: number, parentId: number, field: string) {
  const t = raw(table);
  const [hit] = await query(
    em,
    sql`with recursive d(id) as (select ${id}::int union select x.id from ${t} x join d on x.parent_id = d.id)
      select 1 from d where id = ${parentId}`,
  );
  if (hit) throw userError("LOOP", `A ${table} cannot be placed under itself or its own units`, ["input", field]);
}

const optionalId = (v: string | null | undefined, type: string, field: string) =>
  v == null ? null : decodeId(v, type, `input.${field}`);

/**
 * Agency admins manage their own agency's sub-units (issue 6): they create units under their agency or its units,
 * and rename them, set their contact and whether responses need an admin's approval, for their agency and its
 * units. Kind, region, the connected flag and moves between agencies stay national.
 */
function agencyAdminScope(ctx: Context): number[] | null {
  if (!ctx.viewer.userId) throw unauthenticated();
  if (isAdmin(ctx.viewer)) return null;
  if (isAgencyAdmin(ctx.viewer)) return ctx.agencySubtree;
  throw forbidden("Only admins and agency admins manage agencies");
}

export async function createAgency(ctx: Context, input: CreateAgencyInput): Promise<number> {
  const subtree = agencyAdminScope(ctx);
  const parentId = optionalId(input.parentId, "Agency", "parentId");
  if (subtree) {
    if (input.kind !== AgencyKind.UNIT) throw forbidden("Agency admins create units only");
    if (parentId == null || !subtree.includes(parentId))
      throw userError("NOT_FOUND", "Units go under your agency or one of its units", ["input", "parentId"]);
    if (input.connected != null || input.regionCode != null)
      throw forbidden("The region and the connected flag are set by national admins");
  }
  const v = validate(z.object({ name: NAME, contactEmail: EMAIL.nullish() }), input);
  if (parentId != null) await mustExist(ctx.em, "agency", parentId, "parentId");
  if (input.regionCode != null) await mustExist(ctx.em, "region", input.regionCode, "regionCode");
  const [row] = await query<{ id: number }>(
    ctx.em,
    sql`insert into agency (name, kind, parent_id, region_code, connected, requires_approval, contact_email)
      values (${v.name}, ${input.kind}, ${parentId}, ${input.regionCode ?? null}, ${input.connected ?? false},
        ${input.requiresApproval ?? false}, ${v.contactEmail ?? null}) returning id`,
  );
  ctx.reference.invalidate();
  if (parentId != null) forgetSubtreesOf(parentId);
  return row.id;
}

export async function updateAgency(ctx: Context, input: UpdateAgencyInput): Promise<number> {
  const subtree = agencyAdminScope(ctx);
  const id = decodeId(input.agencyId, "Agency", "input.agencyId");
  if (subtree) {
    if (!subtree.includes(id)) throw userError("NOT_FOUND", "No such agency", ["input", "agencyId"]);
    if (input.kind != null || input.connected != null || input.regionCode !== undefined || input.parentId !== undefined)
      throw forbidden("Kind, region, the connected flag and the parent agency are set by national admins");
  }
  const [found] = await query(ctx.em, sql`select 1 from agency where id = ${id}`);
  if (!found) throw userError("NOT_FOUND", "No such agency", ["input", "agencyId"]);
  const v = validate(z.object({ name: NAME.nullish(), contactEmail: EMAIL.nullish() }), input);
  const set: Sql[] = [];
  if (v.name != null) set.push(sql`name = ${v.name}`);
  if (input.kind != null) set.push(sql`kind = ${input.kind}`);
  if (input.connected != null) set.push(sql`connected = ${input.connected}`);
  if (input.requiresApproval != null) set.push(sql`requires_approval = ${input.requiresApproval}`);
  // Explicit null clears; an omitted field is left alone.
  if (input.contactEmail !== undefined) set.push(sql`contact_email = ${v.contactEmail ?? null}`);
  if (input.regionCode !== undefined) {
    if (input.regionCode != null) await mustExist(ctx.em, "region", input.regionCode, "regionCode");
    set.push(sql`region_code = ${input.regionCode}`);
  }
  if (input.parentId !== undefined) {
    const parentId = optionalId(input.parentId, "Agency", "parentId");
    if (parentId != null) {
      await mustExist(ctx.em, "agency", parentId, "parentId");
      await noLoop(ctx.em, "agency", id, parentId, "parentId");
    }
    set.push(sql`parent_id = ${parentId}`);
  }
  if (set.length) await query(ctx.em, sql`update agency set ${join(set, ", ")} where id = ${id}`);
  ctx.reference.invalidate();
  if (input.parentId !== undefined) {
    // A move: the old and the new parents' subtrees change.
    forgetSubtreesOf(id);
    if (input.parentId != null) forgetSubtreesOf(decodeId(input.parentId, "Agency", "input.parentId"));
  }
  return id;
}

export async function createCategory(ctx: Context, input: CreateCategoryInput): Promise<number> {
  requireAdmin(ctx);
  const parentId = optionalId(input.parentId, "Category", "parentId");
  const agencyId = optionalId(input.defaultAgencyId, "Agency", "defaultAgencyId");
  const v = validate(z.object({ name: NAME, routingHint: HINT.nullish() }), input);
  if (parentId != null) await mustExist(ctx.em, "category", parentId, "parentId");
  if (agencyId != null) await mustExist(ctx.em, "agency", agencyId, "defaultAgencyId");
  const [row] = await query<{ id: number }>(
    ctx.em,
    sql`insert into category (name, parent_id, routing_hint, default_agency_id)
      values (${v.name}, ${parentId}, ${v.routingHint || null}, ${agencyId}) returning id`,
  );
  ctx.reference.invalidate();
  return row.id;
}

export async function updateCategory(ctx: Context, input: UpdateCategoryInput): Promise<number> {
  requireAdmin(ctx);
  const id = decodeId(input.categoryId, "Category", "input.categoryId");
  const [found] = await query(ctx.em, sql`select 1 from category where id = ${id}`);
  if (!found) throw userError("NOT_FOUND", "No such category", ["input", "categoryId"]);
  const v = validate(z.object({ name: NAME.nullish(), routingHint: HINT.nullish() }), input);
  const set: Sql[] = [];
  if (v.name != null) set.push(sql`name = ${v.name}`);
  if (input.routingHint !== undefined) set.push(sql`routing_hint = ${v.routingHint || null}`);
  if (input.defaultAgencyId !== undefined) {
    const agencyId = optionalId(input.defaultAgencyId, "Agency", "defaultAgencyId");
    if (agencyId != null) await mustExist(ctx.em, "agency", agencyId, "defaultAgencyId");
    set.push(sql`default_agency_id = ${agencyId}`);
  }
  if (input.parentId !== undefined) {
    const parentId = optionalId(input.parentId, "Category", "parentId");
    if (parentId != null) {
      await mustExist(ctx.em, "category", parentId, "parentId");
      await noLoop(ctx.em, "category", id, parentId, "parentId");
    }
    set.push(sql`parent_id = ${parentId}`);
  }
  if (set.length) await query(ctx.em, sql`update category set ${join(set, ", ")} where id = ${id}`);
  ctx.reference.invalidate();
  return id;
}
