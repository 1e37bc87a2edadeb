import type { MikroORM } from "@mikro-orm/postgresql";

/**
 * The slice of node-postgres' client the seed uses. Bulk inserts go straight through the driver: it serialises JS
 * arrays into PostgreSQL array literals (knex would expand them into lists), so a whole batch is one
 * `insert ... select from unnest($1::int[], $2::text[], ...)` statement.
 */
export interface PgClient {
  query<R = Record<string, unknown>>(config: {
    /** A named statement is parsed once per connection. */
    name?: string;
    text: string;
    values?: unknown[];
  }): Promise<{ rows: R[]; rowCount: number | null }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

/** Runs `fn` on one pooled driver connection of the ORM, released afterwards. */
export async function withClient<T>(orm: MikroORM, fn: (client: PgClient) => Promise<T>): Promise<T> {
  const knexClient = orm.em.getConnection().getKnex().client as unknown as KnexClient;
  const client = await knexClient.acquireConnection();
  try {
    return await fn(client);
  } finally {
    await knexClient.releaseConnection(client);
  }
}

export async function rows<R = Record<string, unknown>>(
  client: PgClient,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  return (await client.query<R>({ text, values })).rows;
}

/**
 * Instants travel as whole epoch seconds (float8 on the wire, to_timestamp in SQL): small integers serialise far
 * faster than dates or fractional numbers, and seconds are precise enough for synthetic history. Rounding keeps order.
 */
export const epoch = (ms: number | null | undefined): number | null => (ms == null ? null : Math.round(ms / 1000));

const NEEDS_ESCAPE = /["\\]/;

/**
 * A PostgreSQL array literal, for a `$n::type[]` parameter: faster than the driver's own conversion for the
 * million-row arrays of the seed (numbers need no quoting, most strings no escaping).
 */
export function pgArray(values: readonly (string | number | boolean | null | undefined)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v == null) parts[i] = "NULL";
    else if (typeof v === "string") parts[i] = `"${NEEDS_ESCAPE.test(v) ? v.replace(/["\\]/g, "\\$&") : v}"`;
    else parts[i] = String(v);
  }
  return `{${parts.join(",")}}`;
}
