import { hmac, safeEqualHex } from "../common/crypto";
import { AppError } from "../common/errors";
import { query, sql } from "../common/sql";
import type { Context } from "../context";

export const accessCodeHash = (ctx: Pick<Context, "config">, code: string) =>
  hmac(ctx.config.keys, "access-code", code);

/**
 * Checks tracking ID + access code. Wrong attempts are limited per tracking ID (whoever guesses, from wherever);
 * past the limit every attempt gets RATE_LIMITED until the window passes, the right code too. A right code grants
 * reporter rights to this request. Returns the report's key when the code is right.
 */
export async function checkAccessCode(ctx: Context, trackingId: string, code: string | null): Promise<number | null> {
  const limiter = ctx.accessCodeLimiter;
  const used = await limiter.get(trackingId);
  if (used && used.consumedPoints >= limiter.points) {
    throw new AppError("RATE_LIMITED", "Too many wrong access codes for this tracking ID; try again later", {
      retryAfterSeconds: Math.ceil(used.msBeforeNext / 1000),
    });
  }
  const fail = async () => {
    await limiter.penalty(trackingId, 1);
    return null;
  };
  if (!code) return fail();
  const rows = await query<{ id: number; hash: string }>(
    ctx.em,
    sql`select id, access_code_hash as hash from report where tracking_id = ${trackingId}`,
  );
  const row = rows[0];
  if (!row || !safeEqualHex(row.hash, accessCodeHash(ctx, code))) return fail();
  ctx.reporterGrants.add(row.id);
  return row.id;
}
