import type { EntityManager } from "@mikro-orm/postgresql";
import type { RegionLevel } from "../common/enums";
import { toGlobalId } from "../common/ids";
import { query, sql } from "../common/sql";
import type { RegionRow } from "./region.types";

const cols = sql`code, name, level, parent_code as "parentCode"`;

function shape(rows: Omit<RegionRow, "__typename" | "id">[]): RegionRow[] {
  return rows.map((r) => ({ ...r, __typename: "Region", id: toGlobalId("Region", r.code) }));
}

export async function regionsByCodes(em: EntityManager, codes: readonly string[]): Promise<(RegionRow | null)[]> {
  const rows = shape(await query(em, sql`select ${cols} from region where code = any(${[...codes]}::text[])`));
  const by = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => by.get(c) ?? null);
}

export async function listRegions(
  em: EntityManager,
  level?: RegionLevel | null,
  parentCode?: string | null,
): Promise<RegionRow[]> {
  const where = [sql`true`];
  if (level) where.push(sql`level = ${level}`);
  if (parentCode != null) where.push(sql`parent_code = ${parentCode}`);
  else if (!level) where.push(sql`parent_code is null`);
  const cond = where.reduce((a, b) => sql`${a} and ${b}`);
  return shape(await query(em, sql`select ${cols} from region where ${cond} order by code`));
}

export async function allRegions(em: EntityManager): Promise<RegionRow[]> {
  return shape(await query(em, sql`select ${cols} from region`));
}
