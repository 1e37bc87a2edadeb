import crypto from "node:crypto";
import type { Keys } from "../config";

/** HMAC-SHA256 with the server key, hex. Access codes (high entropy) are stored this way, not with argon2. */
export function hmac(keys: Keys, purpose: string, value: string): string {
  return crypto.createHmac("sha256", keys.hmacKey).update(`${purpose}\0${value}`).digest("hex");
}

export function safeEqualHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  return crypto.timingSafeEqual(Buffer.from(a, "hex"), Buffer.from(b, "hex"));
}

/** AES-256-GCM; output `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function encrypt(keys: Keys, plain: string | null | undefined): string | null {
  if (plain == null || plain === "") return null;
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", keys.contactKey, iv);
  const ct = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return ["v1", iv.toString("base64url"), c.getAuthTag().toString("base64url"), ct.toString("base64url")].join(".");
}

export function decrypt(keys: Keys, sealed: string | null | undefined): string | null {
  if (!sealed) return null;
  const [v, iv, tag, ct] = sealed.split(".");
  if (v !== "v1" || !iv || !tag || ct === undefined) throw new Error("unreadable sealed value");
  const d = crypto.createDecipheriv("aes-256-gcm", keys.contactKey, Buffer.from(iv, "base64url"));
  d.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([d.update(Buffer.from(ct, "base64url")), d.final()]).toString("utf8");
}

/**
 * The tag that links a report to a signed-in reporter's account without a plain foreign key: whoever reads the
 * database without the server key cannot tell whose anonymous report it is.
 */
export function ownerTag(keys: Keys, userId: number): string {
  return hmac(keys, "owner", String(userId));
}
