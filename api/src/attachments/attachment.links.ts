import { hmac, safeEqualHex } from "../common/crypto";
import type { Keys } from "../config";

/** Signed links live this long: enough to open or download, too short to be worth sharing. */
export const LINK_TTL_SECONDS = 15 * 60;

/** A short-lived signed link, issued only by resolvers that checked the viewer may see the attachment. */
export function signedAttachmentPath(keys: Keys, id: string, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + LINK_TTL_SECONDS;
  return `/uploads/${id}?exp=${exp}&sig=${hmac(keys, "attachment", `${id}.${exp}`)}`;
}

export function verifyAttachmentSignature(keys: Keys, id: string, exp: string, sig: string, now = Date.now()): boolean {
  if (!/^[0-9]{1,12}$/.test(exp) || !/^[0-9a-f]{64}$/.test(sig)) return false;
  if (Number(exp) * 1000 < now) return false;
  return safeEqualHex(hmac(keys, "attachment", `${id}.${exp}`), sig);
}
