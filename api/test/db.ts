import crypto from "node:crypto";
import { MikroORM } from "@mikro-orm/postgresql";
import { inject } from "vitest";
import config from "../src/db/mikro-orm.config";
import { type Orm, openOrm } from "../src/db/orm";

/** The URL of a fresh database on the test server (created on first connect by MikroORM). */
export function freshDatabaseUrl(prefix = "aduan_test"): string {
  const base = inject("databaseUrl");
  const name = `${prefix}_${crypto.randomBytes(5).toString("hex")}`;
  return base.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
}

/** A migrated, empty database of its own for one test file. */
export async function openTestOrm(): Promise<{ orm: Orm; url: string; drop(): Promise<void> }> {
  const url = freshDatabaseUrl();
  const orm = await openOrm(url);
  return {
    orm,
    url,
    async drop() {
      await orm.close(true);
      const admin = await MikroORM.init({
        ...config,
        clientUrl: inject("databaseUrl"),
        ensureDatabase: false,
        migrations: config.migrations,
      });
      const name = new URL(url).pathname.slice(1);
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close(true);
    },
  };
}
