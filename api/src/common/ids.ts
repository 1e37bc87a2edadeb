import crypto from "node:crypto";
import { badInput } from "./errors";

/** Opaque global IDs: base64url("Type:key"). Every `...Id` input takes one. */
export function toGlobalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

export function fromGlobalId(id: string): { type: string; key: string } | null {
  if (typeof id !== "string" || id.length === 0 || id.length > 200) return null;
  let decoded: string;
  try {
    decoded = Buffer.from(id, "base64url").toString("utf8");
  } catch {
    return null;
  }
  const i = decoded.indexOf(":");
  if (i <= 0 || i === decoded.length - 1) return null;
  return { type: decoded.slice(0, i), key: decoded.slice(i + 1) };
}

const INT_KEY = /^[1-9][0-9]{0,9}$/;
const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Decodes a global ID of the expected type into its integer key, or throws BAD_USER_INPUT naming the field. */
export function decodeId(id: string, type: string, field: string): number {
  const g = fromGlobalId(id);
  if (!g || g.type !== type || !INT_KEY.test(g.key) || Number(g.key) > 2_147_483_647) {
    throw badInput(`${field} is not a valid ${type} ID`, field);
  }
  return Number(g.key);
}

/** The same for UUID-keyed types (attachments). */
export function decodeUuidId(id: string, type: string, field: string): string {
  const g = fromGlobalId(id);
  if (!g || g.type !== type || !UUID_KEY.test(g.key)) throw badInput(`${field} is not a valid ${type} ID`, field);
  return g.key;
}

/** Like decodeId but answers null instead of throwing (for node/nodes). */
export function tryDecode(id: string): { type: string; key: string } | null {
  const g = fromGlobalId(id);
  if (!g) return null;
  if (
    g.type === "Attachment"
      ? !UUID_KEY.test(g.key)
      : g.type === "Region"
        ? !/^[0-9.]{2,13}$/.test(g.key)
        : !INT_KEY.test(g.key)
  )
    return null;
  return g;
}

// Crockford base32: no I, L, O, U; easy to read aloud and to type on a phone.
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function randomBase32(n: number): string {
  const bytes = crypto.randomBytes(n);
  let out = "";
  for (let i = 0; i < n; i++) out += CROCKFORD[bytes[i] & 31];
  return out;
}

/** `ADU-XXXX-XXXX`: 40 random bits, no sequence to enumerate. */
export function newTrackingId(): string {
  const s = randomBase32(8);
  return `ADU-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** 16 random base32 characters (80 bits), shown once to the reporter. */
export function newAccessCode(): string {
  return randomBase32(16);
}

/** Accepts what people type: lower case, missing dashes, O for 0, I/L for 1. Returns null when malformed. */
export function normalizeTrackingId(input: string): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  const m = /^ADU([0-9A-HJKMNP-TV-Z]{8})$/.exec(s);
  if (!m) return null;
  return `ADU-${m[1].slice(0, 4)}-${m[1].slice(4)}`;
}

export function normalizeAccessCode(input: string): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(s) ? s : null;
}
