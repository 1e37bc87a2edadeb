import path from "node:path";
import type { Config } from "../config";
import { startEmbeddedPostgres } from "./embedded";

/**
 * The database the app and the CLI use: DATABASE_URL when set, else the persistent embedded PostgreSQL under
 * DATA_DIR/pg (started here; `stop` ends it).
 */
export async function resolveDatabase(
  config: Config,
  onEmbedded?: (pg: { port: number; dataDir: string }) => void,
): Promise<{ url: string; stop?: () => Promise<void> }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL };
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(config.DATA_DIR, "pg"),
    port: config.EMBEDDED_PG_PORT,
    persistent: true,
  });
  onEmbedded?.(pg);
  return { url: pg.url("aduan"), stop: pg.stop };
}
