import DataLoader from "dataloader";
import { agenciesByIds } from "./agencies/agency.queries";
import { attachmentsByKeys, attachmentsByMessages, attachmentsByReports } from "./attachments/attachment.queries";
import { categoriesByIds } from "./categories/category.queries";
import type { ReferenceSnapshot } from "./common/reference-data";
import { query, sql } from "./common/sql";
import type { Context } from "./context";
import { dispositionsByKeys, dispositionsByReports } from "./dispositions/disposition.queries";
import { type MessagePageKey, messagePages, messagesByKeys } from "./messages/message.queries";
import { regionsByCodes } from "./regions/region.queries";
import {
  eventsByReports,
  ratingsByReports,
  reporterIdentities,
  reportsByKeys,
  supportedByUser,
} from "./reports/report.queries";

/** Looks keys up in the in-memory reference snapshot; asks the database only for the ones it lacks. */
function fromReference<K, V>(
  pick: (s: ReferenceSnapshot) => Map<K, V>,
  ctx: Context,
  fallback: (keys: readonly K[]) => Promise<(V | null)[]>,
) {
  return async (keys: readonly K[]): Promise<(V | null)[]> => {
    const map = pick(await ctx.reference.get());
    const found = keys.map((k) => map.get(k) ?? null);
    const missing = keys.filter((_, i) => found[i] === null);
    if (!missing.length) return found;
    const loaded = new Map((await fallback(missing)).map((v, i) => [missing[i], v]));
    return keys.map((k, i) => found[i] ?? loaded.get(k) ?? null);
  };
}

/** Every relation of the read model, batched per request: one statement per relation and nesting level. */
export function createLoaders(ctx: Context) {
  const { em } = ctx;
  return {
    region: new DataLoader(
      fromReference(
        (s) => s.regions,
        ctx,
        (codes: readonly string[]) => regionsByCodes(em, codes),
      ),
    ),
    category: new DataLoader(
      fromReference(
        (s) => s.categories,
        ctx,
        (ids: readonly number[]) => categoriesByIds(em, ids),
      ),
    ),
    categoryChildren: new DataLoader(async (ids: readonly number[]) => {
      const all = [...(await ctx.reference.get()).categories.values()];
      return ids.map((id) => all.filter((c) => c.parentId === id).sort((a, b) => a.name.localeCompare(b.name)));
    }),
    agency: new DataLoader(
      fromReference(
        (s) => s.agencies,
        ctx,
        (ids: readonly number[]) => agenciesByIds(em, ids),
      ),
    ),
    report: new DataLoader((ids: readonly number[]) => reportsByKeys(em, ctx.scope(), ids)),
    disposition: new DataLoader((ids: readonly number[]) => dispositionsByKeys(em, ctx.scope(), ids)),
    dispositionsOfReport: new DataLoader((ids: readonly number[]) => dispositionsByReports(em, ids)),
    /** Agencies handling a report: dispositions that are neither returned nor forwarded on. */
    agenciesOfReport: new DataLoader(async (ids: readonly number[]) => {
      const rows = await query<{ reportId: number; agencyId: number }>(
        em,
        sql`select distinct report_id as "reportId", agency_id as "agencyId" from disposition
          where report_id = any(${[...ids]}::int[]) and status not in ('RETURNED', 'FORWARDED')`,
      );
      return ids.map((id) => rows.filter((r) => r.reportId === id).map((r) => r.agencyId));
    }),
    events: new DataLoader((ids: readonly number[]) => eventsByReports(em, ids)),
    identity: new DataLoader((ids: readonly number[]) => reporterIdentities(em, ids)),
    rating: new DataLoader((ids: readonly number[]) => ratingsByReports(em, ids)),
    supported: new DataLoader((ids: readonly number[]) =>
      ctx.viewer.userId ? supportedByUser(em, ctx.viewer.userId, ids) : Promise.resolve(ids.map(() => false)),
    ),
    messages: new DataLoader((keys: readonly MessagePageKey[]) => messagePages(em, keys), {
      cacheKeyFn: (k) => `${k.reportId}:${k.internal}:${k.req.limit}:${k.req.backward}:${k.req.cursor?.id ?? ""}`,
    }),
    message: new DataLoader((ids: readonly number[]) => messagesByKeys(em, ids)),
    attachmentsOfReport: new DataLoader((ids: readonly number[]) => attachmentsByReports(em, ids)),
    attachmentsOfMessage: new DataLoader((ids: readonly number[]) => attachmentsByMessages(em, ids)),
    attachment: new DataLoader((ids: readonly string[]) => attachmentsByKeys(em, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
