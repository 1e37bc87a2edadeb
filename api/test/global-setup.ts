import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../src/db/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server URL; each test file creates its own database on it. */
    databaseUrl: string;
  }
}

/**
 * DATABASE_URL when set (CI: the machine's PostgreSQL 15 at 127.0.0.1:5432); otherwise one throw-away embedded
 * PostgreSQL 18 per run.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide("databaseUrl", process.env.DATABASE_URL);
    return;
  }
  const pg = await startEmbeddedPostgres();
  project.provide("databaseUrl", pg.url("postgres"));
  return async () => {
    await pg.stop();
  };
}
