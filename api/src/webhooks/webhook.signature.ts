// Webhook signatures, Stripe-style. Self-contained (node:crypto only) so that receivers can copy this file.
//
//   x-aduan-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
//
// The key is the webhook's secret exactly as shown when it was created or rotated (its UTF-8 bytes, "whsec_" prefix
// included). The timestamp is signed with the body, so a captured request cannot be replayed later than the
// receiver's tolerance; compare against the raw body bytes, before any JSON parsing.

import crypto from "node:crypto";

export const SIGNATURE_HEADER = "x-aduan-signature";

/** The signature header's value for a body sent at `t` (unix seconds). */
export function signWebhook(secret: string, body: string, t: number = Math.floor(Date.now() / 1000)): string {
  const v1 = crypto.createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest("hex");
  return `t=${t},v1=${v1}`;
}

/**
 * For receivers: true when `header` (the x-aduan-signature value) signs `body` with `secret` and its timestamp is
 * within `toleranceSeconds` of `now` (unix seconds). Several v1 values are accepted (any one matching is enough).
 */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  toleranceSeconds = 300,
  now: number = Math.floor(Date.now() / 1000),
): boolean {
  if (typeof header !== "string" || header.length > 1000) return false;
  let t: number | null = null;
  const candidates: string[] = [];
  for (const part of header.split(",")) {
    const [k, v] = part.trim().split("=", 2);
    if (k === "t" && /^\d{1,12}$/.test(v ?? "")) t = Number(v);
    else if (k === "v1" && /^[0-9a-f]{64}$/.test(v ?? "")) candidates.push(v);
  }
  if (t === null || !candidates.length || Math.abs(now - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, body, t).slice(`t=${t},v1=`.length), "hex");
  return candidates.some((c) => crypto.timingSafeEqual(Buffer.from(c, "hex"), expected));
}
