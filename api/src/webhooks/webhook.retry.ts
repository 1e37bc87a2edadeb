import type { Config } from "../config";

export interface RetryOptions {
  baseMs: number;
  maxMs: number;
  windowMs: number;
}

export const retryOptions = (c: Config): RetryOptions => ({
  baseMs: c.WEBHOOK_RETRY_BASE_MS,
  maxMs: c.WEBHOOK_RETRY_MAX_MS,
  windowMs: c.WEBHOOK_RETRY_WINDOW_MS,
});

/**
 * When to try again after failed attempt number `attempts` (1-based), or null when the window after the first
 * attempt has passed. The delay doubles from the base up to the cap, less up to 20% jitter (receivers recovering
 * from an outage are not hit by every sender at once); the last attempt falls exactly at the end of the window.
 */
export function nextAttemptAt(
  attempts: number,
  firstAttemptAt: Date,
  now: Date,
  o: RetryOptions,
  random: () => number = Math.random,
): Date | null {
  const deadline = firstAttemptAt.getTime() + o.windowMs;
  if (now.getTime() >= deadline) return null;
  const delay = Math.min(o.baseMs * 2 ** Math.min(attempts - 1, 40), o.maxMs) * (0.8 + 0.2 * random());
  return new Date(Math.min(now.getTime() + delay, deadline));
}
