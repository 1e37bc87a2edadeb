import "reflect-metadata";
import { createLogger } from "./common/logger";
import { loadConfig } from "./config";
import { resolveDatabase } from "./db/database";
import { openOrm } from "./db/orm";
import { seedIfEmpty } from "./db/seed/seed";
import { startServer } from "./server";

/**
 * `npm start`: zero configuration. Without DATABASE_URL the API starts a real, persistent PostgreSQL (embedded
 * binaries from npm) with its data under .data/pg, applies migrations, seeds demo data on first start, and serves the
 * GraphQL API and the three SPAs on one port.
 */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const { url: databaseUrl, stop: stopPg } = await resolveDatabase(config, (pg) =>
    log.info({ port: pg.port, dataDir: pg.dataDir }, "embedded PostgreSQL started"),
  );
  const orm = await openOrm(databaseUrl);
  if (config.SEED_ON_START === "true") await seedIfEmpty(orm, config, log);
  const server = await startServer(config, orm, log);
  log.info(
    `Aduan ready: http://localhost:${server.port}/ (API at /graphql, agency console at /agency/, admin at /admin/)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    await server.close();
    await orm.close(true);
    await stopPg?.();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
