import { Migrator } from "@mikro-orm/migrations";
import { defineConfig } from "@mikro-orm/postgresql";
import { entities } from "./entities";
import { migrationsList } from "./migrations";

/** Used by the app (with clientUrl set at start) and by the MikroORM CLI. */
export default defineConfig({
  entities,
  clientUrl: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/aduan",
  extensions: [Migrator],
  migrations: {
    migrationsList,
    path: "src/db/migrations",
    pathTs: "src/db/migrations",
    transactional: true,
    allOrNothing: true,
    snapshot: false,
  },
  discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
  pool: {
    min: 0,
    max: 10,
    // Short OLTP statements: a parallel worker costs more to start (about 20 ms here) than the query it would
    // share, and JIT compiling is for analytics. Statistics queries may turn either back on with SET LOCAL.
    afterCreate(
      conn: { query(sql: string, cb: (err: Error | null) => void): void },
      done: (err: Error | null, conn: unknown) => void,
    ) {
      conn.query("set max_parallel_workers_per_gather = 0; set jit = off", (err) => done(err, conn));
    },
  },
  // Schema changes only through migrations: never let the ORM alter tables.
  schemaGenerator: { disableForeignKeys: false },
  debug: false,
  allowGlobalContext: false,
});
