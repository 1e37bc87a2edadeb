// Test helpers for background jobs (notifications, webhooks): a real HTTP receiver, a real job worker, a drained
// queue.

import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../src/common/logger";
import { query, sql } from "../src/common/sql";
import type { Config } from "../src/config";
import type { JobDeps, JobModule } from "../src/jobs/types";
import { startWorker } from "../src/jobs/worker";
import type { TestApp } from "./app";
import { eventually } from "./live";

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A real HTTP server on a free port; `answer` decides each reply's status (default 200). */
export async function startReceiver(answer: (n: number, body: string) => number = () => 200) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const status = answer(received.length + 1, body);
      received.push({ headers: req.headers, body, status });
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "nope");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A real graphile-worker on the test database running only `modules`, with config overrides (and a log). */
export async function startTestWorker(
  app: TestApp,
  modules: JobModule[],
  overrides: Partial<Config> = {},
  log?: Logger,
) {
  const services = { ...app.server.services, config: { ...app.config, ...overrides }, ...(log ? { log } : {}) };
  const deps: JobDeps = { orm: app.orm, services };
  return startWorker(deps, app.databaseUrl, modules, { pollInterval: 100 });
}

/** Polls `fn` until it returns something truthy, or fails after `ms`. */
export const until = <T>(fn: () => Promise<T> | T, what: string, ms = 15_000) => eventually(fn, ms, what);

/** Every committed event relayed and every job that is due done (retries scheduled for later do not count). */
export function queueDrained(app: TestApp) {
  return until(async () => {
    const [r] = await query<{ n: number }>(
      app.orm.em.fork(),
      sql`select (select count(*) from event_outbox)::int + (select count(*) from graphile_worker.jobs
        where (run_at <= now() or locked_at is not null) and attempts < max_attempts)::int as n`,
    );
    return r.n === 0;
  }, "the outbox and the job queue to drain");
}
