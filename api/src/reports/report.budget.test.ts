import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { ACCEPT, FORWARD, reportInput, SUBMIT, VERIFY } from "../../test/operations";

/**
 * The read path's statement budget: a constant number of SQL statements per request, whatever the page size
 * (no N+1). Counts, not timings; speed is measured by `npm run bench`.
 */
const app = useTestApp();

const PUBLIC_LIST = `{ reports(first: 20) { totalCount edges { cursor } nodes { id trackingId title status createdAt supportCount
  category { name } region { name } agencies { name } } } }`;
const INBOX = `{ dispositions(first: 50) { totalCount nodes { id status dueAt overdue
  report { trackingId title status category { name } region { name } } } } }`;

beforeAll(async () => {
  // 60 reports, each verified to a city and a unit; Bandung accepts them.
  for (let i = 0; i < 60; i++) {
    const s = await app.gql(SUBMIT, {
      input: reportInput({ title: `Laporan nomor ${i} tentang jalan`, regionCode: i % 2 ? "32.73" : "31.74" }),
    });
    const v = await app.gql(
      VERIFY,
      {
        input: {
          reportId: s.data.submitReport.report.id,
          categoryId: i % 3 ? app.fx.categories.road : app.fx.categories.health,
          agencyIds: [app.fx.agencies.bandung, app.fx.agencies.jabar],
        },
      },
      app.fx.tokens.verifier,
    );
    const d = v.data.verifyReport.report.dispositions.find(
      (x: { agency: { name: string } }) => x.agency.name === "Pemerintah Kota Bandung",
    );
    if (i % 4 === 0) await app.gql(ACCEPT, { input: { dispositionId: d.id } }, app.fx.tokens.bandungOp);
  }
}, 120_000);

describe("SQL statements per request", () => {
  it("the public list of 20 with category, region, agencies and support count", async () => {
    const { result, statements } = await app.countStatements(() => app.gql(PUBLIC_LIST));
    expect(result.errors).toBeUndefined();
    expect(result.data.reports.nodes).toHaveLength(20);
    expect(result.data.reports.nodes[0].agencies.length).toBe(2);
    // page, count, agencies of the reports (categories, regions and agencies come from the in-memory reference data)
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(3);
  });

  it("the agency inbox of 50 with report, category and region", async () => {
    await app.gql(`{ viewer { id } }`, {}, app.fx.tokens.bandungOp);
    const { result, statements } = await app.countStatements(() => app.gql(INBOX, {}, app.fx.tokens.bandungOp));
    expect(result.errors).toBeUndefined();
    expect(result.data.dispositions.nodes).toHaveLength(50);
    expect(result.data.dispositions.totalCount).toBe(60);
    // the page with its reports joined in, and the count (the session was checked a moment ago and is remembered)
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
  });

  it("does not grow with the page size", async () => {
    const small = await app.countStatements(() => app.gql(PUBLIC_LIST.replace("first: 20", "first: 2")));
    const big = await app.countStatements(() => app.gql(PUBLIC_LIST.replace("first: 20", "first: 60")));
    expect(big.statements.length).toBe(small.statements.length);
  });

  it("the inbox pages in deadline order across the agency and its units, and verifiers filter by agency", async () => {
    // Three reports go on to the city's unit: the city's inbox merges its own and its unit's dispositions.
    const accepted = await app.gql(
      `{ dispositions(first: 3, filter: { statuses: [ACCEPTED] }) { nodes { id } } }`,
      {},
      app.fx.tokens.bandungOp,
    );
    for (const d of accepted.data.dispositions.nodes) {
      const f = await app.gql(
        FORWARD,
        { input: { dispositionId: d.id, toAgencyId: app.fx.agencies.bandungUnit } },
        app.fx.tokens.bandungOp,
      );
      expect(f.data.forwardDisposition.userErrors).toEqual([]);
    }
    const page = `query($a: String) { dispositions(first: 25, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { id dueAt agency { name } } } }`;
    const seen: { id: string; dueAt: string }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: any = await app.gql(page, { a: after }, app.fx.tokens.bandungOp);
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.dispositions.nodes);
      after = res.data.dispositions.pageInfo.endCursor;
      if (!res.data.dispositions.pageInfo.hasNextPage) break;
    }
    expect(seen).toHaveLength(63);
    expect(new Set(seen.map((d) => d.id)).size).toBe(63);
    expect(seen.filter((d: any) => d.agency.name === "Dinas Pekerjaan Umum Kota Bandung")).toHaveLength(3);
    const dues = seen.map((d) => Date.parse(d.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const byVerifier = await app.gql(
      `query($ids: [ID!]) { dispositions(first: 100, filter: { agencyIds: $ids }) { totalCount nodes { agency { name } } } }`,
      { ids: [app.fx.agencies.jabar] },
      app.fx.tokens.verifier,
    );
    expect(byVerifier.data.dispositions.totalCount).toBe(60);
    expect(new Set(byVerifier.data.dispositions.nodes.map((d: { agency: { name: string } }) => d.agency.name))).toEqual(
      new Set(["Pemerintah Provinsi Jawa Barat"]),
    );
    const all = await app.gql(
      `{ dispositions(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount } }`,
      {},
      app.fx.tokens.verifier,
    );
    expect(all.data.dispositions.totalCount).toBe(123);
  });

  it("pages forward and backward with cursors", async () => {
    const first = await app.gql(`{ reports(first: 25) { pageInfo { hasNextPage endCursor } nodes { trackingId } } }`);
    const next = await app.gql(
      `query($a: String) { reports(first: 25, after: $a) { pageInfo { hasPreviousPage hasNextPage startCursor } nodes { trackingId } } }`,
      { a: first.data.reports.pageInfo.endCursor },
    );
    expect(first.data.reports.pageInfo.hasNextPage).toBe(true);
    expect(next.data.reports.pageInfo.hasPreviousPage).toBe(true);
    const ids1 = first.data.reports.nodes.map((n: { trackingId: string }) => n.trackingId);
    const ids2 = next.data.reports.nodes.map((n: { trackingId: string }) => n.trackingId);
    expect(ids1.filter((x: string) => ids2.includes(x))).toEqual([]);
    const back = await app.gql(`query($b: String) { reports(last: 25, before: $b) { nodes { trackingId } } }`, {
      b: next.data.reports.pageInfo.startCursor,
    });
    expect(back.data.reports.nodes.map((n: { trackingId: string }) => n.trackingId)).toEqual(ids1);
    const bySupport = await app.gql(
      `{ reports(first: 5, orderBy: { field: SUPPORT_COUNT, direction: DESC }) { pageInfo { endCursor } } }`,
    );
    const more = await app.gql(
      `query($a: String) { reports(first: 5, after: $a, orderBy: { field: SUPPORT_COUNT, direction: DESC }) { nodes { trackingId } } }`,
      { a: bySupport.data.reports.pageInfo.endCursor },
    );
    expect(more.errors).toBeUndefined();
    expect(more.data.reports.nodes).toHaveLength(5);
  });
});
