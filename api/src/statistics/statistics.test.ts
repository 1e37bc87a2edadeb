import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { reportInput, SUBMIT } from "../../test/operations";
import { useSeededApp } from "../../test/seeded";
import { fromGlobalId, toGlobalId } from "../common/ids";
import { query, raw, type Sql, sql } from "../common/sql";
import { MIN_AGENCY_SAMPLE } from "./statistics.service";
import { type BucketRow, StatisticsDimension as Dim } from "./statistics.types";

/**
 * Every metric of every dimension against a plain SQL ground truth, on the synthetic history the seed writes
 * (realistic mixes of kinds, statuses, channels, regions, dispositions, forwards, returns, ratings, deadlines).
 */
const REPORTS = 3000;
// No shared cache for anonymous answers: the same question asked twice must see a change in between.
const app = useSeededApp(REPORTS, { config: { SHARED_CACHE_TTL_MS: 0 } });

const STATS = `query($filter: StatisticsFilter, $groupBy: [StatisticsDimension!]) {
  statistics(filter: $filter, groupBy: $groupBy) { total buckets {
    key { kind status category { id } agency { id } province { code } regency { code } channel period }
    count resolvedCount confirmedCount autoClosedCount dispositionCount medianFirstResponseHours medianResolutionHours
    slaCompliance averageRating } } }`;

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are compared field by field
async function gql(q: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${app.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: q, variables }),
  });
  return res.json();
}

type Metrics = Omit<BucketRow, "key">;

interface Filter {
  from?: string;
  to?: string;
  kinds?: string[];
  statuses?: string[];
  channels?: string[];
  categoryIds?: number[];
  agencyIds?: number[];
  regionCodes?: string[];
}

const jakartaDate = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
const keyOf = (parts: (string | number | null | undefined)[]) => parts.map((p) => p ?? "-").join("|");

/** The API's answer, keyed like the ground truth. */
async function answer(filter: Filter, dims: Dim[]) {
  const r = await gql(STATS, {
    filter: {
      ...filter,
      categoryIds: filter.categoryIds?.map((id) => toGlobalId("Category", id)),
      agencyIds: filter.agencyIds?.map((id) => toGlobalId("Agency", id)),
    },
    groupBy: dims,
  });
  expect(r.errors).toBeUndefined();
  const buckets = new Map<string, Metrics>();
  for (const { key: k, ...m } of r.data.statistics.buckets) {
    const parts = dims.map((d) => {
      switch (d) {
        case Dim.KIND:
          return k.kind;
        case Dim.STATUS:
          return k.status;
        case Dim.CHANNEL:
          return k.channel;
        case Dim.PROVINCE:
          return k.province?.code;
        case Dim.REGENCY:
          return k.regency?.code;
        case Dim.CATEGORY:
          return k.category && fromGlobalId(k.category.id)?.key;
        case Dim.AGENCY:
          return k.agency && fromGlobalId(k.agency.id)?.key;
        default:
          return jakartaDate(k.period);
      }
    });
    const key = keyOf(parts);
    expect(buckets.has(key), `duplicate bucket ${key}`).toBe(false);
    buckets.set(key, m);
  }
  return { total: r.data.statistics.total as number, buckets };
}

/** The same question in plain SQL, written from the definitions (not from the engine). */
async function truth(f: Filter, dims: Dim[]) {
  const where: Sql[] = [raw("true")];
  if (f.from) where.push(sql`r.created_at >= ${f.from}::timestamptz`);
  if (f.to) where.push(sql`r.created_at < ${f.to}::timestamptz`);
  if (f.kinds) where.push(sql`r.kind = any(${f.kinds}::text[])`);
  if (f.statuses) where.push(sql`r.status = any(${f.statuses}::text[])`);
  if (f.channels) where.push(sql`r.channel = any(${f.channels}::text[])`);
  if (f.categoryIds) where.push(sql`r.category_id in (select id from cat_up where anc = any(${f.categoryIds}::int[]))`);
  if (f.regionCodes)
    where.push(
      sql`(r.region_code = any(${f.regionCodes}::text[]) or r.province_code = any(${f.regionCodes}::text[])
        or r.regency_code = any(${f.regionCodes}::text[]))`,
    );
  const agencyFilter = f.agencyIds
    ? sql`and d.agency_id in (select id from ag_up where anc = any(${f.agencyIds}::int[]))`
    : raw("");
  // Grouping level: roots, or the children of the one node filtered by.
  const level = (table: string, up: string, ids: number[] | undefined) =>
    ids?.length === 1
      ? sql`(select case when u.id = ${ids[0]} then ${ids[0]}::int else (select x.anc from ${raw(up)} x
          join ${raw(table)} t on t.id = x.anc where x.id = u.id and t.parent_id = ${ids[0]}) end)`
      : sql`(select x.anc from ${raw(up)} x join ${raw(table)} t on t.id = x.anc where x.id = u.id and t.parent_id is null)`;
  const keyExpr = (d: Dim): Sql => {
    switch (d) {
      case Dim.KIND:
        return raw("rep.kind");
      case Dim.STATUS:
        return raw("rep.status");
      case Dim.CHANNEL:
        return raw("rep.channel");
      case Dim.PROVINCE:
        return raw("rep.province_code");
      case Dim.REGENCY:
        return raw("rep.regency_code");
      case Dim.CATEGORY:
        return raw("rep.cat_bucket::text");
      case Dim.AGENCY:
        return raw("da.ag_bucket::text");
      case Dim.DAY:
        return raw("to_char(rep.jday, 'YYYY-MM-DD')");
      case Dim.WEEK:
        return raw("to_char(date_trunc('week', rep.jday), 'YYYY-MM-DD')");
      case Dim.MONTH:
        return raw("to_char(date_trunc('month', rep.jday), 'YYYY-MM-DD')");
    }
  };
  const keys = dims.length ? dims.map((d, i) => sql`${keyExpr(d)} as k${raw(String(i))}`) : [raw("1 as k")];
  const keyList = keys.reduce((a, b) => sql`${a}, ${b}`);
  const groupList = dims.length ? raw(dims.map((_, i) => `k${i}`).join(", ")) : raw("k");
  const byAgency = dims.includes(Dim.AGENCY);
  const ctes = sql`with recursive
    cat_up(id, anc) as (select id, id from category union all select u.id, c.parent_id from cat_up u
      join category c on c.id = u.anc where c.parent_id is not null),
    ag_up(id, anc) as (select id, id from agency union all select u.id, a.parent_id from ag_up u
      join agency a on a.id = u.anc where a.parent_id is not null),
    disp as (select d.report_id, d.agency_id,
        ((d.status in ('RESPONDED', 'CLOSED') and d.responded_at is not null)
          or (d.status in ('PENDING', 'ACCEPTED', 'AWAITING_APPROVAL') and d.due_at < now()))::int as sample,
        (d.status in ('RESPONDED', 'CLOSED') and d.responded_at is not null and d.responded_at <= d.due_at)::int as met,
        (d.status <> 'FORWARDED')::int as handled,
        (select ${level("agency", "ag_up", f.agencyIds)} from (select d.agency_id as id) u) as ag_bucket
      from disposition d where d.status <> 'RETURNED' ${agencyFilter}),
    rep as (select r.*, (r.created_at at time zone 'Asia/Jakarta')::date as jday,
        extract(epoch from r.first_response_at - r.created_at) / 3600 as frh,
        extract(epoch from r.resolved_at - r.created_at) / 3600 as rh,
        (select score from rating ra where ra.report_id = r.id) as score,
        (select ${level("category", "cat_up", f.categoryIds)} from (select r.category_id as id) u) as cat_bucket
      from report r where ${where.reduce((a, b) => sql`${a} and ${b}`)}
        ${f.agencyIds ? raw("and exists (select 1 from disp where disp.report_id = r.id)") : raw("")}),
    da as (select distinct report_id, ag_bucket from disp where ag_bucket is not null)`;
  const from = byAgency ? raw("rep join da on da.report_id = rep.id") : raw("rep");
  const reports = await query<Record<string, unknown>>(
    app.orm.em.fork(),
    sql`${ctes} select ${keyList}, count(*)::int as count,
        (count(*) filter (where rep.status = 'RESOLVED'))::int as "resolvedCount",
        (count(*) filter (where rep.resolution = 'CONFIRMED'))::int as "confirmedCount",
        (count(*) filter (where rep.resolution = 'AUTO_CLOSED'))::int as "autoClosedCount",
        percentile_cont(0.5) within group (order by rep.frh) as "medianFirstResponseHours",
        percentile_cont(0.5) within group (order by rep.rh) as "medianResolutionHours",
        avg(rep.score)::float8 as "averageRating"
      from ${from} group by ${groupList}`,
  );
  // SLA sample and compliance; for agencies, only that agency's dispositions (and the ranking threshold).
  const sla = await query<Record<string, unknown>>(
    app.orm.em.fork(),
    sql`${ctes} select ${keyList}, sum(disp.sample)::int as sample, sum(disp.met)::int as met,
        sum(disp.handled)::int as handled
      from rep join disp on disp.report_id = rep.id
        ${byAgency ? raw("join da on da.report_id = rep.id and da.ag_bucket = disp.ag_bucket") : raw("")}
      group by ${groupList}`,
  );
  const [{ total }] = await query<{ total: number }>(
    app.orm.em.fork(),
    sql`${ctes} select count(*)::int as total from rep`,
  );
  const k = (row: Record<string, unknown>) =>
    keyOf(dims.length ? dims.map((_, i) => row[`k${i}`] as string | null) : []);
  const slaBy = new Map(sla.map((s) => [k(s), s]));
  const buckets = new Map<string, Metrics>();
  for (const row of reports) {
    const s = slaBy.get(k(row));
    const sample = (s?.sample as number) ?? 0;
    if (byAgency && ((s?.handled as number) ?? 0) < MIN_AGENCY_SAMPLE) continue;
    buckets.set(k(row), {
      count: row.count as number,
      resolvedCount: row.resolvedCount as number,
      confirmedCount: row.confirmedCount as number,
      autoClosedCount: row.autoClosedCount as number,
      dispositionCount: sample,
      medianFirstResponseHours: row.medianFirstResponseHours as number | null,
      medianResolutionHours: row.medianResolutionHours as number | null,
      slaCompliance: sample ? (s?.met as number) / sample : null,
      averageRating: row.averageRating as number | null,
    });
  }
  return { total, buckets };
}

function expectSame(got: Awaited<ReturnType<typeof answer>>, want: Awaited<ReturnType<typeof truth>>) {
  expect(got.total).toBe(want.total);
  expect([...got.buckets.keys()].sort()).toEqual([...want.buckets.keys()].sort());
  for (const [key, w] of want.buckets) {
    const g = got.buckets.get(key)!;
    for (const m of ["count", "resolvedCount", "confirmedCount", "autoClosedCount", "dispositionCount"] as const)
      expect(g[m], `${key} ${m}`).toBe(w[m]);
    for (const m of ["medianFirstResponseHours", "medianResolutionHours", "slaCompliance", "averageRating"] as const) {
      if (w[m] == null) expect(g[m], `${key} ${m}`).toBeNull();
      else expect(g[m], `${key} ${m}`).toBeCloseTo(w[m] as number, 6);
    }
  }
}

async function someIds(table: "category" | "agency") {
  // A parent with children and reports below it.
  const [row] = await query<{ id: number }>(
    app.orm.em.fork(),
    sql`select p.id from ${raw(table)} p where exists (select 1 from ${raw(table)} c where c.parent_id = p.id)
      order by (select count(*) from ${raw(table)} c where c.parent_id = p.id) desc, p.id limit 1`,
  );
  return row.id;
}

describe("statistics against a SQL ground truth", () => {
  const ALL: Dim[] = Object.values(Dim);

  it.each(ALL.map((d) => [d]))("by %s, whole range", async (d) => {
    expectSame(await answer({}, [d]), await truth({}, [d]));
  });

  it("with no dimension: the totals", async () => {
    const got = await answer({}, []);
    expect(got.total).toBe(REPORTS);
    expectSame(got, await truth({}, []));
  });

  it.each([
    [[Dim.PROVINCE, Dim.MONTH]],
    [[Dim.KIND, Dim.STATUS]],
    [[Dim.CATEGORY, Dim.CHANNEL, Dim.WEEK]],
    [[Dim.AGENCY, Dim.KIND]],
    [[Dim.REGENCY, Dim.STATUS, Dim.DAY]],
  ])("by %s", async (dims) => {
    expectSame(await answer({}, dims), await truth({}, dims));
  });

  it("with every filter, one at a time and together", async () => {
    const category = await someIds("category");
    const agency = await someIds("agency");
    const [{ from, to }] = await query<{ from: string; to: string }>(
      app.orm.em.fork(),
      sql`select to_char(date_trunc('month', max(created_at) - interval '60 days'), 'YYYY-MM-DD"T"00:00:00+07:00') as from,
        to_char(date_trunc('month', max(created_at) - interval '30 days'), 'YYYY-MM-DD"T"00:00:00+07:00') as to from report`,
    );
    const filters: Filter[] = [
      { from, to },
      { kinds: ["COMPLAINT", "INFORMATION_REQUEST"] },
      { statuses: ["RESOLVED", "RESPONDED"] },
      { channels: ["WEB", "SMS"] },
      { categoryIds: [category] },
      { agencyIds: [agency] },
      { regionCodes: ["32", "31.74"] },
      { from, kinds: ["COMPLAINT"], regionCodes: ["32"], statuses: ["RESOLVED", "IN_PROGRESS", "RESPONDED"] },
    ];
    for (const f of filters) {
      for (const dims of [[Dim.MONTH], [Dim.CATEGORY], [Dim.AGENCY], [Dim.PROVINCE, Dim.KIND]]) {
        expectSame(await answer(f, dims), await truth(f, dims));
      }
    }
  });

  it("follows changes as they are committed", async () => {
    const before = await answer({}, [Dim.KIND]);
    const r = await gql(SUBMIT, { input: reportInput({ kind: "SUGGESTION" }) });
    expect(r.data.submitReport.userErrors).toEqual([]);
    await app.server.relay?.drain();
    await app.server.services.statistics.idle();
    const after = await answer({}, [Dim.KIND]);
    expect(after.total).toBe(before.total + 1);
    expect(after.buckets.get("SUGGESTION")?.count).toBe((before.buckets.get("SUGGESTION")?.count ?? 0) + 1);
    expectSame(after, await truth({}, [Dim.KIND]));
  });
});

describe("bad questions", () => {
  it.each([
    [[Dim.KIND, Dim.STATUS, Dim.CHANNEL, Dim.PROVINCE], {}, /at most 3 dimensions/],
    [[Dim.DAY, Dim.MONTH], {}, /one time dimension/],
    [[Dim.KIND, Dim.KIND], {}, /twice/],
    [[], { categoryIds: [toGlobalId("Category", 999_999)] }, /no such category/],
    [[], { regionCodes: ["99.99"] }, /no region has code/],
    [[], { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }, /before filter.to/],
  ])("%s %o", async (groupBy, filter, message) => {
    const r = await gql(STATS, { filter, groupBy });
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(r.errors[0].message).toMatch(message);
  });
});
