import { afterAll, beforeAll } from "vitest";
import { createLogger } from "../src/common/logger";
import { type Config, loadConfig, testKeys } from "../src/config";
import type { Orm } from "../src/db/orm";
import { type Server, type ServerOptions, startServer } from "../src/server";
import { openTestOrm } from "./db";
import { type Fixtures, seedFixtures } from "./factories";

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

export interface TestApp {
  url: string;
  /** The test database (for a second process, a job worker or a raw client). */
  databaseUrl: string;
  orm: Orm;
  config: Config;
  server: Server;
  fx: Fixtures;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Counts SQL statements the server runs while `fn` runs (tests run one request at a time). */
  countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
}

export function testConfig(): Config {
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" } as NodeJS.ProcessEnv, {
    DATA_DIR: "/tmp/aduan-test-data",
  });
  return { ...config, keys: testKeys() };
}

/** A real API server on a fresh database, with fixtures; closed after the file's tests. */
export function useTestApp(opts: Pick<ServerOptions, "jobs" | "relay"> = {}): TestApp {
  const app = {} as TestApp;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await openTestOrm();
    drop = db.drop;
    const config = testConfig();
    const server = await startServer(config, db.orm, createLogger(process.env.TEST_LOG_LEVEL ?? "silent"), {
      port: 0,
      host: "127.0.0.1",
      jobs: opts.jobs ?? false,
      relay: opts.relay,
    });
    const statements: string[] = [];
    let counting = false;
    db.orm.em
      .getConnection()
      .getKnex()
      .on("query", (q: { sql: string }) => {
        if (counting) statements.push(q.sql);
      });
    Object.assign(app, {
      url: `http://127.0.0.1:${server.port}`,
      databaseUrl: db.url,
      orm: db.orm,
      config,
      server,
      fx: await seedFixtures(db.orm, config),
      async gql(query: string, variables?: Record<string, unknown>, token?: string) {
        const res = await fetch(`${app.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return res.json();
      },
      async countStatements<T>(fn: () => Promise<T>) {
        // A fresh reference snapshot first: its background reload (after 60 s, which a slow machine can reach
        // during a file's set-up) must not land inside the counted request.
        server.services.reference.invalidate();
        await server.services.reference.get();
        statements.length = 0;
        counting = true;
        try {
          const result = await fn();
          return { result, statements: [...statements] };
        } finally {
          counting = false;
        }
      },
    });
  });
  afterAll(async () => {
    await app.server?.close();
    await drop?.();
  });
  return app;
}
