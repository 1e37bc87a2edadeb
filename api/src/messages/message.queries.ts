import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../common/ids";
import { type Connection, type PageRequest, toConnection } from "../common/pagination";
import { query, raw, sql } from "../common/sql";
import type { MessageRow } from "./message.types";

export interface MessagePageKey {
  reportId: number;
  internal: boolean;
  req: PageRequest;
}

/**
 * One statement for the messages of many reports: a window numbers each report's messages so every report gets its
 * own page; INTERNAL ones only where the viewer may see them.
 */
export async function messagePages(
  em: EntityManager,
  keys: readonly MessagePageKey[],
): Promise<Connection<MessageRow>[]> {
  if (!keys.length) return [];
  const limit = Math.max(...keys.map((k) => k.req.limit)) + 1;
  const withInternal = keys.filter((k) => k.internal).map((k) => k.reportId);
  const publicOnly = keys.filter((k) => !k.internal).map((k) => k.reportId);
  // Each key may carry its own cursor; the window query serves the common case (same cursor) in one statement.
  const cursor = keys[0].req.cursor;
  const backward = keys[0].req.backward;
  const sameCursor = keys.every((k) => k.req.cursor?.id === cursor?.id && k.req.backward === backward);
  if (!sameCursor) return Promise.all(keys.map((k) => messagePages(em, [k]).then((r) => r[0])));
  const keyset = cursor ? sql`and m.id ${raw(backward ? "<" : ">")} ${cursor.id}` : sql``;
  const rows = await query<MessageRow & { rn: number }>(
    em,
    sql`select * from (
        select m.id as key, m.report_id as "reportId", m.body, m.author_role as "authorRole", m.author_name as "staffName",
          a.name as "agencyName", m.visibility, m.created_at as "createdAt",
          row_number() over (partition by m.report_id order by m.id ${raw(backward ? "desc" : "asc")}) as rn
        from message m left join agency a on a.id = m.agency_id
        where (m.report_id = any(${withInternal}::int[]) or (m.report_id = any(${publicOnly}::int[]) and m.visibility = 'PUBLIC'))
          ${keyset}
      ) x where rn <= ${limit} order by key`,
  );
  for (const r of rows) {
    r.__typename = "Message";
    r.id = toGlobalId("Message", r.key);
  }
  return keys.map((k) => {
    let mine = rows.filter((r) => r.reportId === k.reportId);
    if (k.req.backward) mine = mine.reverse();
    for (const m of mine) m.can_internal = k.internal;
    return toConnection(
      mine,
      k.req,
      (m) => ({ v: null, id: m.key }),
      async () => {
        const [{ n }] = await query<{ n: number }>(
          em,
          sql`select count(*)::int as n from message where report_id = ${k.reportId} ${k.internal ? sql`` : sql`and visibility = 'PUBLIC'`}`,
        );
        return n;
      },
    );
  });
}

/** Messages by key with their report's ID, for node(); the caller checks the report's flags. */
export async function messagesByKeys(em: EntityManager, keys: readonly number[]) {
  const rows = await query<MessageRow>(
    em,
    sql`select m.id as key, m.report_id as "reportId", m.body, m.author_role as "authorRole", m.author_name as "staffName",
        a.name as "agencyName", m.visibility, m.created_at as "createdAt"
      from message m left join agency a on a.id = m.agency_id where m.id = any(${[...keys]}::int[])`,
  );
  for (const r of rows) {
    r.__typename = "Message";
    r.id = toGlobalId("Message", r.key);
  }
  const by = new Map(rows.map((r) => [r.key, r]));
  return keys.map((k) => by.get(k) ?? null);
}
