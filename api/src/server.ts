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
import { RateLimiterMemory } from "rate-limiter-flexible";
import { uploadRouter } from "./attachments/upload.route";
import { WorkingCalendar } from "./common/calendar";
import { formatError } from "./common/errors";
import { graphqlHandler } from "./common/graphql-http";
import { queryLimitsPlugin } from "./common/limits";
import type { Logger } from "./common/logger";
import { ReferenceData } from "./common/reference-data";
import { mountSpas } from "./common/spa";
import { query, sql } from "./common/sql";
import type { Config } from "./config";
import { type AppServices, buildContext, type Context } from "./context";
import type { Orm } from "./db/orm";
import { getSchema } from "./schema";
import { viewerFromAuthorization } from "./users/auth.service";

export interface Server {
  httpServer: http.Server;
  app: express.Express;
  services: AppServices;
  port: number;
  close(): Promise<void>;
}

/** Loads the holiday table into the working-day calendar. */
export async function loadCalendar(orm: Orm): Promise<WorkingCalendar> {
  const rows = await query<{ day: string }>(orm.em.fork(), sql`select to_char(day, 'YYYY-MM-DD') as day from holiday`);
  return new WorkingCalendar(rows.map((r) => r.day));
}

export async function startServer(
  config: Config,
  orm: Orm,
  log: Logger,
  opts: { port?: number; host?: string } = {},
): Promise<Server> {
  const schema = await getSchema();
  const services: AppServices = {
    config,
    log,
    calendar: await loadCalendar(orm),
    // 10 wrong access codes per tracking ID per hour; a code has 80 bits, so guessing is hopeless either way.
    accessCodeLimiter: new RateLimiterMemory({ points: 10, duration: 3600, keyPrefix: "access-code" }),
    reference: new ReferenceData(() => orm.em.fork()),
  };

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
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });

  app.use(
    "/graphql",
    cors(),
    express.json({ limit: "100kb" }),
    graphqlHandler(apollo, async ({ req }) => contextFor(req.headers.authorization), config.SHARED_CACHE_TTL_MS),
  );

  app.use("/uploads", cors(), uploadRouter({ config, orm, log }));
  mountSpas(app);

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? config.PORT, opts.host ?? config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : (opts.port ?? config.PORT);

  return {
    httpServer,
    app,
    services,
    port,
    async close() {
      await apollo.stop();
    },
  };
}
