import crypto from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { WorkingCalendar } from "./common/calendar";
import type { Logger } from "./common/logger";
import type { ReferenceData } from "./common/reference-data";
import type { Viewer } from "./common/viewer";
import type { Config } from "./config";
import type { EventBus } from "./live/bus";
import type { LiveHub } from "./live/hub";
import { createLoaders, type Loaders } from "./loaders";
import type { ReportScope } from "./reports/report.policy";
import type { ServiceLevels } from "./service-levels/service-levels";
import type { StatisticsFacts } from "./statistics/store";

/** Shared services of one API process. */
export interface AppServices {
  config: Config;
  log: Logger;
  calendar: WorkingCalendar;
  /** Per-tracking-ID limiter for wrong access codes (rate-limiter-flexible; Redis-backed when REDIS_URL is set). */
  accessCodeLimiter: RateLimiterAbstract;
  /** Regions, categories and agencies kept in memory (common/reference-data.ts). */
  reference: ReferenceData;
  /** Working-day settings and holidays: every deadline (service-levels/service-levels.ts). */
  serviceLevels: ServiceLevels;
  /** Publish/subscribe between API processes (live/bus.ts): Redis when REDIS_URL is set, else in-process. */
  bus: EventBus;
  /** This process's subscriptions (live/hub.ts). */
  hub: LiveHub;
  /** The facts statistics aggregate, kept current from the event bus (statistics/store.ts). */
  statistics: StatisticsFacts;
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
  /** A fresh EntityManager and loaders (on next use): a subscription runs each event in one long-lived context. */
  refresh(): void;
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
  // The EntityManager, loaders and logger are made on first use: a request touches them all, but a subscription's
  // context lives long and most events need none of them (the payload carries its rows).
  let current: EntityManager | null = em;
  let loaders: Loaders | null = null;
  let log: Logger | null = null;
  const ctx: Context = {
    ...services,
    get em(): EntityManager {
      current ??= em.fork();
      return current;
    },
    viewer,
    agencySubtree,
    reporterGrants,
    tracked,
    requestId,
    get log(): Logger {
      log ??= services.log.child({ requestId });
      return log;
    },
    scope: () => ({ viewer, agencySubtree, reporterGrants: [...reporterGrants], tracked: [...tracked] }),
    get loaders(): Loaders {
      loaders ??= createLoaders(ctx);
      return loaders;
    },
    refresh() {
      current = null;
      loaders = null;
    },
  };
  return ctx;
}
