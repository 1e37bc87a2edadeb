import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../common/ids";
import { query, sql } from "../common/sql";
import type { UserRow } from "./user.types";

export async function usersByIds(em: EntityManager, ids: readonly number[]): Promise<(UserRow | null)[]> {
  const rows = await query<UserRow>(
    em,
    sql`select id as key, name, email, roles, agency_id as "agencyId" from app_user where id = any(${[...ids]}::int[])`,
  );
  for (const r of rows) {
    r.__typename = "User";
    r.id = toGlobalId("User", r.key);
  }
  const by = new Map(rows.map((r) => [r.key, r]));
  return ids.map((id) => by.get(id) ?? null);
}
