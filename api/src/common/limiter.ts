import type Redis from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";

export interface LimiterOptions {
  points: number;
  /** Window in seconds. */
  duration: number;
  keyPrefix: string;
}

/** Makes rate limiters: shared by all API processes through Redis when there is one, else per process. */
export type CreateLimiter = (opts: LimiterOptions) => RateLimiterAbstract;

export const memoryLimiters: CreateLimiter = (opts) => new RateLimiterMemory(opts);

/**
 * Limits counted in Redis, so that N processes do not allow N times the attempts. If Redis is unreachable, each
 * process falls back to its own in-memory count (rate-limiter-flexible's insurance limiter) rather than failing open
 * or failing every request.
 */
export function redisLimiters(client: Redis, namespace: string): CreateLimiter {
  return (opts) =>
    new RateLimiterRedis({
      ...opts,
      storeClient: client,
      keyPrefix: `${namespace}:${opts.keyPrefix}`,
      insuranceLimiter: new RateLimiterMemory(opts),
    });
}
