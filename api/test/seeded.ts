import { afterAll, beforeAll } from "vitest";
import { createLogger } from "../src/common/logger";
import type { Config } from "../src/config";
import type { Orm } from "../src/db/orm";
import { seedReference, seedReports } from "../src/db/seed/seed";
import { type Server, startServer } from "../src/server";
import { testConfig } from "./app";
import { openTestOrm } from "./db";

export interface SeededApp {
  orm: Orm;
  server: Server;
  /** http://127.0.0.1:<port> */
  base: string;
}

/**
 * A real server on a fresh database holding the seed's synthetic history (reference data and `reports` reports),
 * for tests that need realistic volumes and mixes; no background jobs; closed after the file's tests.
 */
export function useSeededApp(reports: number, opts: { now?: Date; config?: Partial<Config> } = {}): SeededApp {
  const app = {} as SeededApp;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await openTestOrm();
    drop = db.drop;
    const config = { ...testConfig(), ...opts.config };
    await seedReference(db.orm, { keys: config.keys });
    await seedReports(db.orm, reports, { keys: config.keys, now: opts.now });
    const server = await startServer(config, db.orm, createLogger("silent"), {
      port: 0,
      host: "127.0.0.1",
      jobs: false,
    });
    Object.assign(app, { orm: db.orm, server, base: `http://127.0.0.1:${server.port}` });
  }, 300_000);
  afterAll(async () => {
    await app.server?.close();
    await drop?.();
  });
  return app;
}
