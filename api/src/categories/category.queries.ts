import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../common/ids";
import { query, sql } from "../common/sql";
import type { CategoryRow } from "./category.types";

function shape(rows: Omit<CategoryRow, "__typename" | "id">[]): CategoryRow[] {
  return rows.map((r) => ({ ...r, __typename: "Category", id: toGlobalId("Category", r.key) }));
}

const cols = sql`id as key, name, parent_id as "parentId"`;

export async function categoriesByIds(em: EntityManager, ids: readonly number[]): Promise<(CategoryRow | null)[]> {
  const rows = shape(await query(em, sql`select ${cols} from category where id = any(${[...ids]}::int[])`));
  const by = new Map(rows.map((r) => [r.key, r]));
  return ids.map((id) => by.get(id) ?? null);
}

export async function allCategories(em: EntityManager): Promise<CategoryRow[]> {
  return shape(await query(em, sql`select ${cols} from category order by parent_id nulls first, name`));
}

/** A category and all its descendants (filters include sub-categories). */
export function categorySubtreeSql(ids: number[]) {
  return sql`(with recursive t(id) as (select id from category where id = any(${ids}::int[])
    union select c.id from category c join t on c.parent_id = t.id) select id from t)`;
}
