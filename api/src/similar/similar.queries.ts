import type { EntityManager } from "@mikro-orm/postgresql";
import { ReportStatus } from "../common/enums";
import { badInput } from "../common/errors";
import { toGlobalId } from "../common/ids";
import { query, raw, type Sql, sql } from "../common/sql";
import { canContentSql, type ReportScope } from "../reports/report.policy";
import { reportColumnsSql } from "../reports/report.queries";
import type { ReportRow } from "../reports/report.types";

export const SIMILAR_DEFAULT = 5;
export const SIMILAR_MAX = 20;
const TEXT_MIN = 3;
const TEXT_MAX = 500;
/** Rows each candidate source may contribute before ranking: bounds the work on a million reports. */
const CANDIDATES = 60;
const REGION_CODE = /^[0-9]{2}(\.[0-9]{2}){0,2}$/;

/** Reports that can no longer be a duplicate's original: merged into another, or rejected. */
const CLOSED = [ReportStatus.MERGED, ReportStatus.REJECTED];

export interface SimilarArgs {
  text: string;
  regionCode?: string | null;
  first?: number | null;
}

export function similarArgs(args: SimilarArgs): {
  text: string;
  province: string | null;
  regency: string | null;
  limit: number;
} {
  const text = args.text.trim().replace(/\s+/g, " ");
  if (text.length < TEXT_MIN || text.length > TEXT_MAX)
    throw badInput(`text must be between ${TEXT_MIN} and ${TEXT_MAX} characters`, "text");
  const limit = args.first ?? SIMILAR_DEFAULT;
  if (!Number.isInteger(limit) || limit < 1 || limit > SIMILAR_MAX)
    throw badInput(`first must be between 1 and ${SIMILAR_MAX}`, "first");
  let province: string | null = null;
  let regency: string | null = null;
  if (args.regionCode != null && args.regionCode !== "") {
    if (!REGION_CODE.test(args.regionCode)) throw badInput("regionCode is not a region code", "regionCode");
    // "32.73.01" (district) -> regency "32.73", province "32".
    const parts = args.regionCode.split(".");
    province = parts[0];
    regency = parts.length > 1 ? `${parts[0]}.${parts[1]}` : null;
  }
  return { text, province, regency, limit };
}

const TSV = raw(`to_tsvector('indonesian', r.title || ' ' || r.body)`);

/**
 * Reports that look like `text`, best first: for the duplicate warning before a citizen submits (send the title being
 * typed), and for verifiers looking for a report to merge into.
 *
 * Privacy: every candidate source filters on `canContentSql` before anything is ranked or limited, so a report whose
 * content the viewer may not read (confidential, unverified, another agency's) never matches on its text, and cannot
 * even push a visible report out of the result.
 *
 * Speed on a million reports: candidates come only from indexes, each source with its own LIMIT, and only those
 * few dozen rows are ranked:
 * 1. reports containing every word of the text (`@@` on report_search_idx), in the region and anywhere: cheap and
 *    precise, this is where real duplicates are found;
 * 2. only when (1) found fewer than asked for: titles within trigram similarity (`%` on report_title_trgm_idx), the
 *    closest first, for typos and other wording. (On a million reports with many near-identical titles this scan
 *    costs a few hundred milliseconds, hence the guard: PostgreSQL skips it entirely when (1) is enough.)
 * Ranking: same regency (or province) first when a region is given, then title similarity plus full-text rank
 * against any word of the text.
 */
export async function similarReports(em: EntityManager, scope: ReportScope, args: SimilarArgs): Promise<ReportRow[]> {
  const statement = similarSql(scope, args);
  const rows = await em.transactional(async (tx) => {
    await query(tx, TRIGRAM_THRESHOLD);
    return query<Omit<ReportRow, "__typename" | "id">>(tx, statement);
  });
  return rows.map((r) => ({ ...r, __typename: "Report", id: toGlobalId("Report", r.key) }) as ReportRow);
}

/**
 * `%` matches at trigram similarity 0.45 (pg_trgm's default is 0.3), for this transaction only. A short or misspelt
 * text shares a few common trigrams ("jal", "an ") with a large share of all titles: at 0.3 the index hands back a
 * quarter of a million candidates to recheck on the seed's million reports, at 0.45 a few thousand, and what is lost
 * is titles too different to be the same complaint.
 */
export const TRIGRAM_THRESHOLD = sql`select set_config('pg_trgm.similarity_threshold', '0.45', true)`;

/** The statement behind similarReports (separate so that its plan can be checked on a big database). */
export function similarSql(scope: ReportScope, args: SimilarArgs): Sql {
  const { text, province, regency, limit } = similarArgs(args);
  const visible = sql`${canContentSql(scope)} and r.status <> all(${CLOSED}::text[])`;
  // Every word (for candidates: selective) and any word (for ranking), from the same parse of the text.
  const all = sql`plainto_tsquery('indonesian', ${text})`;
  const any = sql`replace(plainto_tsquery('indonesian', ${text})::text, ' & ', ' | ')::tsquery`;
  const near = regency ? sql`r.regency_code = ${regency}` : province ? sql`r.province_code = ${province}` : null;
  // Same regency (or province) first; a constant would be read as a column position, so nothing without a region.
  const regionRank = regency
    ? sql`(case when r.regency_code = ${regency} then 0 when r.province_code = ${province} then 1 else 2 end),`
    : province
      ? sql`(case when r.province_code = ${province} then 0 else 1 end),`
      : raw("");
  const words = [sql`(select r.id from report r where ${TSV} @@ ${all} and ${visible} limit ${CANDIDATES})`];
  if (near)
    words.push(sql`(select r.id from report r where ${near} and ${TSV} @@ ${all} and ${visible} limit ${CANDIDATES})`);
  return sql`with words as materialized (${words.reduce((a, b) => sql`${a} union ${b}`)}),
    titles as (select r.id from report r
      where (select count(*) from words) < ${limit} and r.title % ${text} and ${visible}
      order by ${regionRank} similarity(r.title, ${text}) desc limit ${CANDIDATES}),
    c as (select id from words union select id from titles)
    select ${reportColumnsSql(scope, true)} from report r join c on c.id = r.id
    order by ${regionRank}
      similarity(r.title, ${text}) + ts_rank(${TSV}, ${any}, 32) desc, r.created_at desc, r.id desc
    limit ${limit}`;
}
