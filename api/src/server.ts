import "reflect-metadata";
import crypto from "node:crypto";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import cors from "cors";
import express from "express";
import { runMigrations } from "graphile-worker";
import { uploadRouter } from "./attachments/upload.route";
import { WorkingCalendar } from "./common/calendar";
import { formatError } from "./common/errors";
import { graphqlHandler } from "./common/graphql-http";
import { memoryLimiters, redisLimiters } from "./common/limiter";
import { queryLimitsPlugin } from "./common/limits";
import type { Logger } from "./common/logger";
import { ReferenceData } from "./common/reference-data";
import { mountSpas } from "./common/spa";
import { query, sql } from "./common/sql";
import type { Config } from "./config";
import { type AppServices, buildContext, type Context } from "./context";
import type { Orm } from "./db/orm";
import { ideRouter } from "./graphiql/graphiql";
import { jobModules } from "./jobs/modules";
import { startWorker, type WorkerOptions, workerLogger } from "./jobs/worker";
import { createLocalBus, createRedisBus, type EventBus } from "./live/bus";
import { LiveHub } from "./live/hub";
import { OutboxRelay } from "./live/relay";
import { attachSubscriptions } from "./live/ws";
import { openDataRouter } from "./open-data/open-data.route";
import { getSchema } from "./schema";
import { ServiceLevels } from "./service-levels/service-levels";
import { StatisticsFacts } from "./statistics/store";
import { viewerFromAuthorization } from "./users/auth.service";

export interface Server {
  httpServer: http.Server;
  app: express.Express;
  services: AppServices;
  port: number;
  relay: OutboxRelay | null;
  close(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Relay committed events from the outbox (default on; one process relays at a time, the others stand by). */
  relay?: boolean;
  /** Run background jobs in this process (default: config.JOB_CONCURRENCY > 0). */
  jobs?: boolean | WorkerOptions;
}

/** Redis channels are namespaced by database, so deployments (and test databases) sharing a Redis stay apart. */
async function createBus(config: Config, databaseUrl: string, log: Logger): Promise<EventBus> {
  if (!config.REDIS_URL) return createLocalBus();
  const url = new URL(databaseUrl);
  return createRedisBus(config.REDIS_URL, `aduan:${url.host}${url.pathname}`, log);
}

/** Loads the holiday table into the working-day calendar. */
export async function loadCalendar(orm: Orm): Promise<WorkingCalendar> {
  const rows = await query<{ day: string }>(orm.em.fork(), sql`select to_char(day, 'YYYY-MM-DD') as day from holiday`);
  return new WorkingCalendar(rows.map((r) => r.day));
}

export async function startServer(config: Config, orm: Orm, log: Logger, opts: ServerOptions = {}): Promise<Server> {
  const schema = await getSchema();
  const databaseUrl = orm.config.get("clientUrl") as string;
  const bus = await createBus(config, databaseUrl, log);
  const createLimiter = bus.redis ? redisLimiters(bus.redis, bus.namespace ?? "aduan") : memoryLimiters;
  const services: AppServices = {
    bus,
    hub: undefined as unknown as LiveHub,
    statistics: new StatisticsFacts(databaseUrl, bus, log),
    config,
    log,
    calendar: await loadCalendar(orm),
    // 10 wrong access codes per tracking ID per hour; a code has 80 bits, so guessing is hopeless either way.
    accessCodeLimiter: createLimiter({ points: 10, duration: 3600, keyPrefix: "access-code" }),
    reference: new ReferenceData(() => orm.em.fork()),
    serviceLevels: new ServiceLevels(
      () => orm.em.fork(),
      () => services.calendar,
    ),
  };
  services.hub = new LiveHub(orm, bus, log);
  await services.hub.start();
  // Loads in the background; the first statistics query waits for it.
  await services.statistics.start();
  // The relay enqueues a job per event, so the job queue's tables exist in every deployment, workers or not.
  await runMigrations({ connectionString: databaseUrl, logger: workerLogger(log) });
  const relay = opts.relay === false ? null : new OutboxRelay(databaseUrl, bus, log);
  await relay?.start();
  const jobs = opts.jobs ?? config.JOB_CONCURRENCY > 0;
  const worker = jobs
    ? await startWorker({ orm, services }, databaseUrl, jobModules, {
        concurrency: config.JOB_CONCURRENCY || 1,
        ...(typeof jobs === "object" ? jobs : {}),
      })
    : null;

  async function contextFor(authorization: unknown): Promise<Context> {
    const em = orm.em.fork();
    const { viewer, agencySubtree } = await viewerFromAuthorization(em, config, authorization);
    return buildContext(services, em, viewer, agencySubtree, crypto.randomUUID());
  }

  const app = express();
  app.disable("x-powered-by");
  // GraphQL answers change by the second; hashing every body for an ETag is work no client uses.
  app.set("etag", false);
  app.set("trust proxy", "loopback");
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (server, ORM, embedded PostgreSQL, in that order).
    stopOnTerminationSignals: false,
    // No "did you mean" suggestions: the schema is public through introspection, guessing aids are not needed.
    hideSchemaDetailsFromClientErrors: true,
    formatError: (formatted, error) => {
      const out = formatError(formatted, error);
      if (out.extensions?.code === "INTERNAL")
        log.error({ err: (error as { originalError?: unknown })?.originalError ?? error }, "internal error");
      return out;
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints are computed per field: the shared cache for anonymous queries is ours (graphql-http.ts).
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(),
    ],
  });
  await apollo.start();

  app.get("/healthz", async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute("select 1");
      res.json({ ok: true, subscriptions: services.hub.size, relay: relay?.isLeader ?? false });
    } catch {
      res.status(503).json({ ok: false });
    }
  });

  // The GraphQL IDE for browsers (GET /graphql accepting HTML, and its assets); API requests pass through.
  app.use(ideRouter());
  app.use(
    "/graphql",
    cors(),
    express.json({ limit: "100kb" }),
    graphqlHandler(apollo, async ({ req }) => contextFor(req.headers.authorization), config.SHARED_CACHE_TTL_MS),
  );

  app.use("/uploads", cors(), uploadRouter({ config, orm, log, createLimiter }));
  app.use("/open-data", openDataRouter({ orm, services, log }));
  mountSpas(app);

  const subscriptions = attachSubscriptions(httpServer, schema, services, orm, config);

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? config.PORT, opts.host ?? config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : (opts.port ?? config.PORT);

  return {
    httpServer,
    app,
    services,
    port,
    relay,
    async close() {
      await subscriptions.close();
      await apollo.stop();
      await relay?.stop();
      await worker?.stop();
      await services.hub.stop();
      await services.statistics.stop();
      await bus.close();
    },
  };
}
