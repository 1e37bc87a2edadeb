import crypto from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import argon2 from "argon2";
import { jwtVerify, SignJWT } from "jose";
import { ownerTag } from "../common/crypto";
import { AppError } from "../common/errors";
import { ANONYMOUS, type Viewer } from "../common/viewer";
import type { Config } from "../config";

/** Thrown from the context function: Apollo answers it with HTTP 401 and the UNAUTHENTICATED code. */
const denied = (message: string) => new AppError("UNAUTHENTICATED", message, { http: { status: 401 } });

import type { EventBus } from "../live/bus";
import { AuthSession, type User } from "./user.entity";

const ISSUER = "aduan";

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A precomputed hash, verified against when the email is unknown, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString("hex"));
  return dummyHash;
}

/** Starts a session and signs a token naming it: the token expires with it and dies when it is revoked. */
export async function issueToken(em: EntityManager, config: Config, user: User): Promise<string> {
  const ttlMs = config.TOKEN_TTL_HOURS * 3600 * 1000;
  const session = em.create(AuthSession, {
    id: crypto.randomUUID(),
    user,
    createdAt: new Date(),
    expiresAt: new Date(Date.now() + ttlMs),
  });
  await em.persistAndFlush(session);
  return new SignJWT({ sid: session.id })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setSubject(String(user.id))
    .setIssuedAt()
    .setExpirationTime(session.expiresAt)
    .sign(config.keys.tokenSecret);
}

/**
 * Reads `Bearer <token>` (HTTP header or graphql-ws connection_init). No token: the anonymous viewer.
 * A bad, expired or revoked token is an UNAUTHENTICATED error, never a silent downgrade.
 */
export async function viewerFromAuthorization(
  em: EntityManager,
  config: Config,
  authorization: unknown,
): Promise<{ viewer: Viewer; agencySubtree: number[] }> {
  if (authorization == null || authorization === "") return { viewer: ANONYMOUS, agencySubtree: [] };
  if (typeof authorization !== "string") throw denied("Malformed authorization");
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m) throw denied("Authorization must be 'Bearer <token>'");
  const cached = sessions.get(m[1]);
  if (cached && cached.until > Date.now()) return cached.value;
  let sid: string;
  let sub: number;
  try {
    const { payload } = await jwtVerify(m[1], config.keys.tokenSecret, { issuer: ISSUER, algorithms: ["HS256"] });
    sid = String(payload.sid);
    sub = Number(payload.sub);
  } catch {
    throw denied("Invalid or expired token");
  }
  // One statement: the session, the user, and the agency's subtree (parents see what their units handle).
  const rows = await em.execute<
    { id: number; name: string; roles: string[]; agency_id: number | null; subtree: number[] | null }[]
  >(
    `select u.id, u.name, u.roles, u.agency_id,
        case when u.agency_id is null then null else array(
          with recursive t(id) as (select u.agency_id union all select a.id from agency a join t on a.parent_id = t.id)
          select id from t) end as subtree
      from auth_session s join app_user u on u.id = s.user_id
      where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > now() and not u.disabled`,
    [sid, sub],
  );
  const u = rows[0];
  if (!u) throw denied("Session expired or revoked");
  const viewer: Viewer = {
    userId: u.id,
    name: u.name,
    roles: u.roles as Viewer["roles"],
    agencyId: u.agency_id,
    ownerTag: ownerTag(config.keys, u.id),
    sessionId: sid,
  };
  const value = { viewer, agencySubtree: u.subtree ?? [] };
  if (sessions.size >= SESSION_CACHE_SIZE) sessions.delete(sessions.keys().next().value as string);
  sessions.set(m[1], { sid, value, until: Date.now() + SESSION_CACHE_MS });
  return value;
}

/**
 * Checked tokens are remembered for a few seconds per process, so a busy agency console does not look its session
 * up on every request. Logging out forgets at once in this process; elsewhere a revoked or expired session stops
 * working within SESSION_CACHE_MS.
 */
export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_SIZE = 10_000;
/** By token: a remembered token skips the signature check and the lookup. */
const sessions = new Map<string, { sid: string; value: { viewer: Viewer; agencySubtree: number[] }; until: number }>();

export function forgetSession(sid: string): void {
  for (const [token, entry] of sessions) if (entry.sid === sid) sessions.delete(token);
}

/**
 * A new unit under `agencyId`: this process forgets the checked tokens whose agency subtree holds it, so their next
 * request sees the unit at once (to edit it, staff it, see its dispositions); other processes within SESSION_CACHE_MS.
 */
export function forgetSubtreesOf(agencyId: number): void {
  for (const [token, entry] of sessions) if (entry.value.agencySubtree.includes(agencyId)) sessions.delete(token);
}

/** Bus topic: sessions revoked (sign-out, a disabled account); every process forgets them and closes their sockets. */
export const SESSIONS_ENDED_TOPIC = "sessions-ended";

/** Tells every API process (this one included) that these sessions no longer hold. */
export async function announceSessionsEnded(bus: EventBus, sessionIds: string[]): Promise<void> {
  if (sessionIds.length) await bus.publish(SESSIONS_ENDED_TOPIC, { sessionIds });
}
