import { MikroORM, type Options } from "@mikro-orm/postgresql";
import config from "./mikro-orm.config";

export type Orm = MikroORM;

/** Opens the ORM on a database URL (MikroORM creates a missing database on init) and applies pending migrations. */
export async function openOrm(databaseUrl: string, extra: Partial<Options> = {}): Promise<Orm> {
  const orm = await MikroORM.init({ ...config, clientUrl: databaseUrl, ...extra });
  await orm.migrator.up();
  return orm;
}
