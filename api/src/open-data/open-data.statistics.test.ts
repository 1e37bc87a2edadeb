import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded";
import { query, sql } from "../common/sql";
import { parseCsv } from "./csv";

/**
 * GET /open-data/statistics.csv answers the GraphQL `statistics` query with the same parameters, row for row, with
 * names beside codes, on the seed's synthetic history.
 */
const app = useSeededApp(1500, { now: new Date("2026-10-01T00:00:00+07:00") });

const STATS = `query($filter: StatisticsFilter, $groupBy: [StatisticsDimension!]) {
  statistics(filter: $filter, groupBy: $groupBy) { total buckets {
    key { kind status category { id name } agency { id name } province { code name } regency { code name } channel period }
    count resolvedCount confirmedCount autoClosedCount dispositionCount medianFirstResponseHours medianResolutionHours
    slaCompliance averageRating } } }`;

const METRICS = [
  "count",
  "resolvedCount",
  "confirmedCount",
  "autoClosedCount",
  "dispositionCount",
  "medianFirstResponseHours",
  "medianResolutionHours",
  "slaCompliance",
  "averageRating",
];

const jakartaDate = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

// biome-ignore lint/suspicious/noExplicitAny: a GraphQL bucket key, read field by field
type Key = Record<string, any>;
const KEY_COLUMNS: Record<string, [string, (k: Key) => unknown][]> = {
  KIND: [["kind", (k) => k.kind]],
  STATUS: [["status", (k) => k.status]],
  CATEGORY: [
    ["category_id", (k) => k.category?.id],
    ["category_name", (k) => k.category?.name],
  ],
  AGENCY: [
    ["agency_id", (k) => k.agency?.id],
    ["agency_name", (k) => k.agency?.name],
  ],
  PROVINCE: [
    ["province_code", (k) => k.province?.code],
    ["province_name", (k) => k.province?.name],
  ],
  REGENCY: [
    ["regency_code", (k) => k.regency?.code],
    ["regency_name", (k) => k.regency?.name],
  ],
  CHANNEL: [["channel", (k) => k.channel]],
  DAY: [["period", (k) => k.period && jakartaDate(k.period)]],
  WEEK: [["period", (k) => k.period && jakartaDate(k.period)]],
  MONTH: [["period", (k) => k.period && jakartaDate(k.period)]],
};
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The CSV the GraphQL answer implies: key columns per dimension, then every metric. */
async function expectedCsv(filter: Record<string, unknown>, groupBy: string[]): Promise<string[][]> {
  const res = await fetch(`${app.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: STATS, variables: { filter, groupBy } }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: a GraphQL answer
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  const cols = groupBy.flatMap((d) => KEY_COLUMNS[d]);
  const header = [...cols.map(([name]) => name), ...METRICS.map(snake)];
  const rows = body.data.statistics.buckets.map((b: Key) => [
    ...cols.map(([, get]) => cell(get(b.key))),
    ...METRICS.map((m) => cell(b[m])),
  ]);
  return [header, ...rows];
}

async function csv(params: Record<string, string>): Promise<string[][]> {
  const res = await fetch(`${app.base}/open-data/statistics.csv?${new URLSearchParams(params)}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="aduan-statistics[a-z-]*\.csv"$/);
  return parseCsv(text);
}

describe("GET /open-data/statistics.csv", () => {
  it("matches the GraphQL statistics query, row for row, with names beside codes", async () => {
    const [province] = await query<{ code: string }>(
      app.orm.em.fork(),
      sql`select province_code as code from report group by 1 order by count(*) desc limit 1`,
    );
    const [category] = await query<{ id: number }>(
      app.orm.em.fork(),
      sql`select id from category where parent_id is null order by id limit 1`,
    );
    const categoryId = Buffer.from(`Category:${category.id}`).toString("base64url");
    const year = { from: "2026-01-01T00:00:00+07:00", to: "2026-10-01T00:00:00+07:00" };
    const cases: { params: Record<string, string>; filter: Record<string, unknown>; groupBy: string[] }[] = [
      { params: { groupBy: "PROVINCE,MONTH", ...year }, filter: year, groupBy: ["PROVINCE", "MONTH"] },
      { params: { groupBy: "AGENCY" }, filter: {}, groupBy: ["AGENCY"] },
      {
        params: { groupBy: "KIND,CHANNEL", kinds: "COMPLAINT,SUGGESTION" },
        filter: { kinds: ["COMPLAINT", "SUGGESTION"] },
        groupBy: ["KIND", "CHANNEL"],
      },
      {
        params: { groupBy: "CATEGORY,STATUS", regionCodes: province.code },
        filter: { regionCodes: [province.code] },
        groupBy: ["CATEGORY", "STATUS"],
      },
      {
        // Bare dates are midnight in Jakarta: the same as the +07:00 date-times given to GraphQL.
        params: { groupBy: "REGENCY,WEEK", from: "2026-06-01", to: "2026-09-01", regionCodes: province.code },
        filter: { from: "2026-06-01T00:00:00+07:00", to: "2026-09-01T00:00:00+07:00", regionCodes: [province.code] },
        groupBy: ["REGENCY", "WEEK"],
      },
      {
        params: { groupBy: "CATEGORY,DAY", categoryIds: categoryId, from: "2026-09-01" },
        filter: { categoryIds: [categoryId], from: "2026-09-01T00:00:00+07:00" },
        groupBy: ["CATEGORY", "DAY"],
      },
      {
        params: { statuses: "RESOLVED", channels: "WEB,MOBILE" },
        filter: { statuses: ["RESOLVED"], channels: ["WEB", "MOBILE"] },
        groupBy: [],
      },
    ];
    for (const c of cases) {
      const expected = await expectedCsv(c.filter, c.groupBy);
      // A comparison of something with something: the case has buckets with numbers in them.
      expect(expected.length, JSON.stringify(c.params)).toBeGreaterThan(1);
      expect(await csv(c.params), JSON.stringify(c.params)).toEqual(expected);
    }
    // Names really are there (not just empty columns on both sides).
    const byAgency = await csv({ groupBy: "AGENCY" });
    expect(byAgency.slice(1).every((r) => r[0] !== "" && r[1] !== "")).toBe(true);
    const byProvince = await csv({ groupBy: "PROVINCE" });
    expect(byProvince.slice(1).some((r) => r[1] === "JAWA BARAT" || /Jawa Barat/i.test(r[1]))).toBe(true);
  });
});
