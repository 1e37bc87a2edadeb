import type { EntityManager, Knex } from "@mikro-orm/postgresql";

/**
 * A tiny SQL fragment type for the hand-written read path: values become `?` placeholders (knex bindings), fragments
 * nest. Arrays are passed as PostgreSQL array literals (knex would expand them into lists), so write `= any(${ids}::int[])`.
 */
export class Sql {
  constructor(
    readonly text: string,
    readonly values: unknown[],
  ) {}
}

function pgArrayLiteral(values: unknown[]): string {
  return `{${values
    .map((v) => (typeof v === "number" ? String(v) : `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`))
    .join(",")}}`;
}

export function sql(strings: TemplateStringsArray, ...params: unknown[]): Sql {
  let text = strings[0];
  const values: unknown[] = [];
  params.forEach((p, i) => {
    if (p instanceof Sql) {
      text += p.text;
      values.push(...p.values);
    } else {
      text += "?";
      values.push(Array.isArray(p) ? pgArrayLiteral(p) : p === undefined ? null : p);
    }
    text += strings[i + 1];
  });
  return new Sql(text, values);
}

export const raw = (text: string) => new Sql(text, []);

export function join(parts: Sql[], separator: string): Sql {
  return parts.reduce<Sql | null>((acc, p) => (acc ? sql`${acc}${raw(separator)}${p}` : p), null) ?? raw("");
}

export const and = (parts: Sql[]) => (parts.length ? sql`(${join(parts, " and ")})` : raw("true"));

/** PostgreSQL's text form of timestamptz (MikroORM keeps timestamps as strings) into a Date. */
export function parseTimestamp(s: string): Date {
  // "2026-11-28 16:59:59.123456+07" -> ISO 8601 ("T", and minutes on the offset), which Date parses natively.
  const iso = s.charCodeAt(10) === 32 ? `${s.slice(0, 10)}T${s.slice(11)}` : s;
  const sign = iso.charCodeAt(iso.length - 3);
  return new Date(sign === 43 || sign === 45 ? `${iso}:00` : iso);
}

/** Columns aliased `...At` or `...Date` are timestamps: they come back as Date objects. */
const TIMESTAMP_KEY = /(At|Date)$/;

/**
 * Runs a fragment with its values as real bind parameters ($1, $2...), in the entity manager's transaction when it
 * has one. (MikroORM's em.execute would write the values into the SQL text.)
 */
export async function query<T = Record<string, unknown>>(em: EntityManager, q: Sql): Promise<T[]> {
  const knex = (em.getTransactionContext() as Knex.Transaction | undefined) ?? em.getKnex();
  const result = (await knex.raw(q.text, q.values as Knex.RawBinding[])) as { rows: Record<string, unknown>[] };
  const rows = result.rows;
  for (const row of rows) {
    for (const key in row) {
      const v = row[key];
      if (typeof v === "string" && TIMESTAMP_KEY.test(key)) row[key] = parseTimestamp(v);
    }
  }
  return rows as T[];
}
