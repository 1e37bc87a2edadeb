import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../common/ids";
import { type Connection, checkCursorValue, type PageArgs, pageRequest, toConnection } from "../common/pagination";
import { and, query, type Sql, sql } from "../common/sql";
import type { AgencyRow } from "./agency.types";

const cols = sql`a.id as key, a.name, a.kind, a.parent_id as "parentId", a.region_code as "regionCode", a.connected,
  a.requires_approval as "requiresApproval"`;

function shape(rows: Omit<AgencyRow, "__typename" | "id">[]): AgencyRow[] {
  return rows.map((r) => ({ ...r, __typename: "Agency", id: toGlobalId("Agency", r.key) }));
}

export async function agenciesByIds(em: EntityManager, ids: readonly number[]): Promise<(AgencyRow | null)[]> {
  const rows = shape(await query(em, sql`select ${cols} from agency a where a.id = any(${[...ids]}::int[])`));
  const by = new Map(rows.map((r) => [r.key, r]));
  return ids.map((id) => by.get(id) ?? null);
}

export async function listAgencies(
  em: EntityManager,
  opts: { search?: string | null; regionCode?: string | null; parentId?: number | null },
  args: PageArgs,
): Promise<Connection<AgencyRow>> {
  const req = pageRequest(args, 50);
  checkCursorValue(req.cursor, "string", false, req.backward ? "before" : "after");
  const where: Sql[] = [];
  if (opts.search) {
    const s = opts.search.trim();
    where.push(sql`(a.name ilike ${`%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} or a.name % ${s})`);
  }
  if (opts.regionCode)
    where.push(sql`(a.region_code = ${opts.regionCode} or a.region_code like ${`${opts.regionCode}.%`})`);
  if (opts.parentId !== undefined)
    where.push(opts.parentId === null ? sql`a.parent_id is null` : sql`a.parent_id = ${opts.parentId}`);
  const filter = and(where);
  const c = req.cursor;
  const after = c
    ? req.backward
      ? sql`(a.name, a.id) < (${c.v}, ${c.id})`
      : sql`(a.name, a.id) > (${c.v}, ${c.id})`
    : sql`true`;
  const dir = req.backward ? sql`desc` : sql`asc`;
  const rows = shape(
    await query(
      em,
      sql`select ${cols} from agency a where ${filter} and ${after} order by a.name ${dir}, a.id ${dir} limit ${req.limit + 1}`,
    ),
  );
  return toConnection(
    rows,
    req,
    (r) => ({ v: r.name, id: r.key }),
    async () => {
      const [{ n }] = await query<{ n: number }>(em, sql`select count(*)::int as n from agency a where ${filter}`);
      return n;
    },
  );
}

export async function allAgencies(em: EntityManager): Promise<AgencyRow[]> {
  return shape(await query(em, sql`select ${cols} from agency a`));
}
