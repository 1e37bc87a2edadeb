import crypto from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { Role } from "../common/enums";
import { badInput, forbidden, notFound, unauthenticated, userError } from "../common/errors";
import { decodeId, toGlobalId } from "../common/ids";
import { type Connection, checkCursorValue, type PageArgs, pageRequest, toConnection } from "../common/pagination";
import { and, query, raw, type Sql, sql } from "../common/sql";
import { validate } from "../common/validation";
import { isAdmin, isAgencyAdmin } from "../common/viewer";
import type { Context } from "../context";
import { announceSessionsEnded, forgetSession, hashPassword } from "../users/auth.service";
import type { UserRow } from "../users/user.types";
import type { CreateStaffUserInput, SetUserDisabledInput, SetUserRolesInput, UserFilter } from "./staff.types";

export type StaffRow = UserRow & { disabled: boolean };

const NATIONAL_ROLES: readonly Role[] = [Role.VERIFIER, Role.ADMIN, Role.ANALYST];

async function staffRows(em: EntityManager, where: Sql, tail: Sql = sql`order by name, id`): Promise<StaffRow[]> {
  const rows = await query<StaffRow>(
    em,
    sql`select id as key, name, email, roles, agency_id as "agencyId", disabled from app_user where ${where} ${tail}`,
  );
  for (const r of rows) {
    r.__typename = "User";
    r.id = toGlobalId("User", r.key);
    // These rows reach only those who manage the accounts (checked by every caller): they may see the sign-in
    // email, as the user themself may (UserResolver.email reads this flag).
    r.self = true;
  }
  return rows;
}

export async function staffByKey(em: EntityManager, key: number): Promise<StaffRow | null> {
  return (await staffRows(em, sql`id = ${key}`))[0] ?? null;
}

/**
 * Admins manage every agency's staff; agency admins those of their agency and its units. Everyone else: FORBIDDEN.
 * Returns the agencies the viewer manages (null: all).
 */
function managedAgencies(ctx: Context): number[] | null {
  if (!ctx.viewer.userId) throw unauthenticated();
  if (isAdmin(ctx.viewer)) return null;
  if (isAgencyAdmin(ctx.viewer)) return ctx.agencySubtree;
  throw forbidden("Only admins and agency admins manage staff accounts");
}

async function requireAgency(ctx: Context, agencyId: string, field: string): Promise<number> {
  const managed = managedAgencies(ctx);
  const id = decodeId(agencyId, "Agency", field);
  if (managed && !managed.includes(id)) throw notFound("No such agency");
  const [a] = await query(ctx.em, sql`select 1 from agency where id = ${id}`);
  if (!a) throw notFound("No such agency");
  return id;
}

/** Staff of one agency (and, with `includeUnits`, of its units), disabled ones included. */
export async function agencyStaff(ctx: Context, agencyId: string, includeUnits: boolean): Promise<StaffRow[]> {
  const id = await requireAgency(ctx, agencyId, "agencyId");
  return staffRows(
    ctx.em,
    includeUnits
      ? sql`agency_id in (with recursive t(id) as (select ${id}::int union all
          select a.id from agency a join t on a.parent_id = t.id) select id from t)`
      : sql`agency_id = ${id}`,
  );
}

/** Admins: every account (staff and citizens), by name, searched by name or email, a page at a time. */
export async function listUsers(
  ctx: Context,
  filter: UserFilter | null | undefined,
  args: PageArgs,
): Promise<Connection<StaffRow>> {
  if (!ctx.viewer.userId) throw unauthenticated();
  if (!isAdmin(ctx.viewer)) throw forbidden("Only admins list user accounts");
  const req = pageRequest(args, 50);
  checkCursorValue(req.cursor, "string", false, req.backward ? "before" : "after");
  const where: Sql[] = [];
  const search = filter?.search?.trim();
  if (search) {
    if (search.length > 200) throw badInput("filter.search must be at most 200 characters", "filter.search");
    const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(lower(name) || ' ' || email) like ${pattern}`);
  }
  if (filter?.roles?.length) where.push(sql`roles && ${[...new Set(filter.roles)]}::text[]`);
  if (filter?.agencyId) where.push(sql`agency_id = ${decodeId(filter.agencyId, "Agency", "filter.agencyId")}`);
  if (filter?.disabled != null) where.push(sql`disabled = ${filter.disabled}`);
  const c = req.cursor;
  const readDesc = req.backward;
  const keyset = c ? sql`(name, id) ${raw(readDesc ? "<" : ">")} (${c.v}::text, ${c.id})` : sql`true`;
  const dir = raw(readDesc ? "desc" : "asc");
  const rows = await staffRows(
    ctx.em,
    and([...where, keyset]),
    sql`order by name ${dir}, id ${dir} limit ${req.limit + 1}`,
  );
  return toConnection(
    rows,
    req,
    (r) => ({ v: r.name, id: r.key }),
    async () =>
      (await query<{ n: number }>(ctx.em, sql`select count(*)::int as n from app_user where ${and(where)}`))[0].n,
  );
}

/** 96 random bits in base64url (16 characters): shown once, to be changed by its owner. */
const newPassword = () => crypto.randomBytes(12).toString("base64url");

export async function createStaffUser(
  ctx: Context,
  input: CreateStaffUserInput,
): Promise<{ userId: number; initialPassword: string }> {
  // National staff (no agency) are created by admins only; agency staff by admins and their agency's admins.
  const national = input.agencyId == null;
  if (national) {
    if (!ctx.viewer.userId) throw unauthenticated();
    if (!isAdmin(ctx.viewer)) throw forbidden("Only admins create national staff accounts");
  }
  const agencyId = national ? null : await requireAgency(ctx, input.agencyId as string, "input.agencyId");
  const v = validate(
    z.object({
      name: z.string().trim().min(1, "Enter the name").max(200, "The name must be at most 200 characters"),
      email: z.string().trim().toLowerCase().max(254, "At most 254 characters").email("Enter a valid email address"),
      role: national
        ? z.enum([Role.VERIFIER, Role.ADMIN, Role.ANALYST], {
            message: "National staff accounts are VERIFIER, ADMIN or ANALYST",
          })
        : z.enum([Role.AGENCY_OPERATOR, Role.AGENCY_ADMIN], {
            message: "Staff accounts are AGENCY_OPERATOR or AGENCY_ADMIN",
          }),
    }),
    input,
  );
  const initialPassword = newPassword();
  const [row] = await query<{ id: number }>(
    ctx.em,
    sql`insert into app_user (name, email, password_hash, roles, agency_id)
      values (${v.name}, ${v.email}, ${await hashPassword(initialPassword)}, ${[v.role]}::text[], ${agencyId})
      on conflict (email) do nothing returning id`,
  );
  if (!row) throw userError("EMAIL_TAKEN", "An account with this email already exists", ["input", "email"]);
  return { userId: row.id, initialPassword };
}

/** A user the viewer may manage: NOT_FOUND outside their agencies; agency admins never touch national roles. */
async function requireManagedUser(ctx: Context, userId: string): Promise<StaffRow> {
  const managed = managedAgencies(ctx);
  const u = await staffByKey(ctx.em, decodeId(userId, "User", "input.userId"));
  if (!u) throw notFound("No such user");
  if (managed) {
    if (u.agencyId == null || !managed.includes(u.agencyId)) throw notFound("No such user");
    if (u.roles.some((r) => NATIONAL_ROLES.includes(r))) throw forbidden("Only admins manage national staff");
  }
  return u;
}

/** Revokes every live session of the user (this process forgets them at once); returns their IDs. */
async function revokeSessions(em: EntityManager, userId: number): Promise<string[]> {
  const revoked = await query<{ id: string }>(
    em,
    sql`update auth_session set revoked_at = now() where user_id = ${userId} and revoked_at is null returning id`,
  );
  for (const s of revoked) forgetSession(s.id);
  return revoked.map((s) => s.id);
}

export async function setUserDisabled(ctx: Context, input: SetUserDisabledInput): Promise<number> {
  const u = await requireManagedUser(ctx, input.userId);
  if (u.key === ctx.viewer.userId) throw userError("SELF", "You cannot disable your own account", ["input", "userId"]);
  const revoked = await ctx.em.transactional(async (em) => {
    await query(em, sql`update app_user set disabled = ${input.disabled} where id = ${u.key}`);
    return input.disabled ? revokeSessions(em, u.key) : [];
  });
  // After commit: every process forgets the sessions and closes their sockets (live/ws.ts).
  await announceSessionsEnded(ctx.bus, revoked);
  return u.key;
}

/** Admins only: sets the national roles (VERIFIER, ADMIN, ANALYST), keeping agency and citizen roles as they are. */
export async function setUserRoles(ctx: Context, input: SetUserRolesInput): Promise<number> {
  if (!ctx.viewer.userId) throw unauthenticated();
  if (!isAdmin(ctx.viewer)) throw forbidden("Only admins manage national roles");
  const u = await requireManagedUser(ctx, input.userId);
  const wanted = [...new Set(input.roles)];
  const other = wanted.filter((r) => !NATIONAL_ROLES.includes(r));
  if (other.length) {
    throw userError("INVALID", `Only national roles are set here, not ${other.join(", ")}`, ["input", "roles"]);
  }
  if (u.key === ctx.viewer.userId && !wanted.includes(Role.ADMIN)) {
    throw userError("SELF", "You cannot take the admin role from yourself", ["input", "roles"]);
  }
  const roles = [...u.roles.filter((r) => !NATIONAL_ROLES.includes(r)), ...wanted];
  await query(ctx.em, sql`update app_user set roles = ${roles}::text[] where id = ${u.key}`);
  // Roles are read with the session: forget this process's cached sessions so the change applies at once here.
  const sessions = await query<{ id: string }>(
    ctx.em,
    sql`select id from auth_session where user_id = ${u.key} and revoked_at is null`,
  );
  for (const s of sessions) forgetSession(s.id);
  return u.key;
}
