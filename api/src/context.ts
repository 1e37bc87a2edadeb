import crypto from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { WorkingCalendar } from "./common/calendar";
import type { Logger } from "./common/logger";
import type { ReferenceData } from "./common/reference-data";
import type { Viewer } from "./common/viewer";
import type { Config } from "./config";
import { createLoaders, type Loaders } from "./loaders";
import type { ReportScope } from "./reports/report.policy";

/** Shared services of one API process. */
export interface AppServices {
  config: Config;
  log: Logger;
  calendar: WorkingCalendar;
  /** Per-tracking-ID limiter for wrong access codes (rate-limiter-flexible; Redis-backed when REDIS_URL is set). */
  accessCodeLimiter: RateLimiterAbstract;
  /** Regions, categories and agencies kept in memory (common/reference-data.ts). */
  reference: ReferenceData;
}

export interface Context extends AppServices {
  em: EntityManager;
  viewer: Viewer;
  agencySubtree: number[];
  /** Reports this request proved ownership of with an access code. */
  reporterGrants: Set<number>;
  /** Reports this request reached by tracking ID. */
  tracked: Set<number>;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  scope(): ReportScope;
}

export function buildContext(
  services: AppServices,
  em: EntityManager,
  viewer: Viewer,
  agencySubtree: number[],
  requestId: string = crypto.randomUUID(),
): Context {
  const reporterGrants = new Set<number>();
  const tracked = new Set<number>();
  const ctx: Context = {
    ...services,
    em,
    viewer,
    agencySubtree,
    reporterGrants,
    tracked,
    requestId,
    log: services.log.child({ requestId }),
    scope: () => ({ viewer, agencySubtree, reporterGrants: [...reporterGrants], tracked: [...tracked] }),
    loaders: undefined as unknown as Loaders,
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
