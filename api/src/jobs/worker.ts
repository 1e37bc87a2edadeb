import { type Runner, run, type TaskList, Logger as WorkerLogger } from "graphile-worker";
import { Pool } from "pg";
import type { Logger } from "../common/logger";
import type { AddJob, JobDeps, JobModule, RelayedEvent } from "./types";

export const REPORT_EVENT_TASK = "report-event";

export interface WorkerOptions {
  /** Jobs run at once in this process (graphile-worker's concurrency). */
  concurrency?: number;
  /** Milliseconds between polls for jobs scheduled in the future (new jobs arrive by LISTEN/NOTIFY at once). */
  pollInterval?: number;
}

export function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fn =
      level === "error" ? log.error : level === "warning" ? log.warn : level === "info" ? log.debug : log.trace;
    fn.call(log, { ...scope, ...meta, component: "jobs" }, message);
  });
}

/** The task list of all modules plus the fan-out of relayed ReportEvents to each module's onReportEvent. */
export function buildTaskList(deps: JobDeps, modules: JobModule[]): TaskList {
  const tasks: TaskList = {};
  for (const m of modules) {
    for (const [name, task] of Object.entries(m.tasks)) {
      if (tasks[name] || name === REPORT_EVENT_TASK) throw new Error(`Task ${name} is defined twice`);
      tasks[name] = (payload, helpers) => task(payload, helpers, deps);
    }
  }
  tasks[REPORT_EVENT_TASK] = async (payload, helpers) => {
    const event = payload as RelayedEvent;
    const addJob: AddJob = async (task, p, spec) => {
      await helpers.addJob(task, p as never, spec);
    };
    for (const m of modules) await m.onReportEvent?.(event, deps, addJob);
  };
  return tasks;
}

/**
 * The Postgres-backed job queue (graphile-worker): jobs survive restarts, each runs once however many API processes
 * there are (row locks with SKIP LOCKED), cron lines run once per tick across processes, and failed jobs retry with
 * backoff. Every API process runs a small worker pool beside the HTTP server.
 */
export async function startWorker(
  deps: JobDeps,
  databaseUrl: string,
  modules: JobModule[],
  opts: WorkerOptions = {},
): Promise<{ runner: Runner; stop(): Promise<void> }> {
  const pgPool = new Pool({ connectionString: databaseUrl, max: (opts.concurrency ?? 2) + 2 });
  const onError = (err: Error) => deps.services.log.warn({ err: err.message }, "job queue connection error");
  pgPool.on("error", onError);
  pgPool.on("connect", (client) => client.on("error", onError));
  const crontab = modules.flatMap((m) => m.crontab ?? []).join("\n");
  const runner = await run({
    pgPool,
    concurrency: opts.concurrency ?? 2,
    pollInterval: opts.pollInterval ?? 1000,
    noHandleSignals: true,
    logger: workerLogger(deps.services.log),
    taskList: buildTaskList(deps, modules),
    crontab,
  });
  return {
    runner,
    async stop() {
      await runner.stop();
      await pgPool.end();
    },
  };
}
