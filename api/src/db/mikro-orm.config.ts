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
  pool: { min: 0, max: 10 },
  // Schema changes only through migrations: never let the ORM alter tables.
  schemaGenerator: { disableForeignKeys: false },
  debug: false,
  allowGlobalContext: false,
});
