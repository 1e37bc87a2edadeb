// The only place that reads process.env: parsed once, failing fast on bad values.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const key = z
  .string()
  .regex(/^[0-9a-f]{64}$/i, "must be 64 hex characters (32 bytes)")
  .optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DATA_DIR: z.string().default(path.resolve(__dirname, "..", "..", ".data")),
  /** Shares live updates between API processes (Redis pub/sub); without it they stay in-process. */
  REDIS_URL: z.string().url().optional(),
  /** Background jobs this process runs at once (graphile-worker); 0 runs none here (API-only replicas). */
  JOB_CONCURRENCY: z.coerce.number().int().min(0).max(32).default(2),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TOKEN_SECRET: key,
  HMAC_KEY: key,
  CONTACT_KEY: key,
  TOKEN_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  SEED_ON_START: z.enum(["true", "false"]).default("true"),
  SEED_REPORTS: z.coerce.number().int().min(0).default(2000),
  PUBLIC_URL: z.string().url().optional(),
  /** How long anonymous callers share one answer to the same query; 0 turns the shared cache off. */
  SHARED_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Mail to reporters and staff through this SMTP server (smtp:// or smtps://, credentials in the URL); unset: logged only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Aduan <no-reply@aduan.localhost>"),
  /** SMS through an operator's HTTP gateway: POST {"to","text"} as JSON; unset: logged only. */
  SMS_GATEWAY_URL: z.string().url().optional(),
  /** Sent as `authorization: Bearer <token>` to the SMS gateway. */
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  /** Send attempts per notification (graphile-worker's exponential backoff between them) before it is FAILED. */
  NOTIFICATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(10),
  /** Webhook retries: the first delay, doubling per attempt up to the cap, for the window after the first attempt. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(30_000),
  WEBHOOK_RETRY_MAX_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(60 * 60_000),
  WEBHOOK_RETRY_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(24 * 60 * 60_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Keys {
  /** Signs access tokens (HS256). */
  tokenSecret: Buffer;
  /** HMAC-SHA256 for access codes, owner tags and signed attachment links. */
  hmacKey: Buffer;
  /** AES-256-GCM for reporter contact data at rest. */
  contactKey: Buffer;
}

export interface Config extends Env {
  keys: Keys;
}

function parseEnv(env: NodeJS.ProcessEnv): Env {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/**
 * Keys come from the environment in production; the zero-config start generates them once
 * into the data folder (mode 0600) so restarts keep tokens, access codes and contacts readable.
 */
function loadKeys(env: Env): Keys {
  const given = [env.TOKEN_SECRET, env.HMAC_KEY, env.CONTACT_KEY];
  if (given.every(Boolean)) {
    return {
      tokenSecret: Buffer.from(env.TOKEN_SECRET!, "hex"),
      hmacKey: Buffer.from(env.HMAC_KEY!, "hex"),
      contactKey: Buffer.from(env.CONTACT_KEY!, "hex"),
    };
  }
  if (env.NODE_ENV === "production") {
    throw new Error("Invalid environment: TOKEN_SECRET, HMAC_KEY and CONTACT_KEY are required in production");
  }
  const file = path.join(env.DATA_DIR, "keys.json");
  let stored: Record<string, string> | undefined;
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!stored) {
    stored = {
      tokenSecret: crypto.randomBytes(32).toString("hex"),
      hmacKey: crypto.randomBytes(32).toString("hex"),
      contactKey: crypto.randomBytes(32).toString("hex"),
    };
    fs.mkdirSync(env.DATA_DIR, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return {
    tokenSecret: Buffer.from(env.TOKEN_SECRET ?? stored.tokenSecret, "hex"),
    hmacKey: Buffer.from(env.HMAC_KEY ?? stored.hmacKey, "hex"),
    contactKey: Buffer.from(env.CONTACT_KEY ?? stored.contactKey, "hex"),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Env> = {}): Config {
  const parsed = { ...parseEnv(env), ...overrides };
  return { ...parsed, keys: loadKeys(parsed) };
}

/** Fixed keys for tests: deterministic, never used outside them. */
export function testKeys(): Keys {
  return {
    tokenSecret: Buffer.alloc(32, 1),
    hmacKey: Buffer.alloc(32, 2),
    contactKey: Buffer.alloc(32, 3),
  };
}
