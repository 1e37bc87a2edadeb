import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/common/logger";
import { type EmbeddedPg, startEmbeddedPostgres } from "../src/db/embedded";
import { type Orm, openOrm } from "../src/db/orm";
import { type Server, startServer } from "../src/server";
import { testConfig } from "./app";
import { seedFixtures } from "./factories";
import { reportInput, SUBMIT, TRACK, VERIFY } from "./operations";

/**
 * The zero-configuration default: the embedded PostgreSQL 18 that `npm start` uses, whatever server the other tests
 * run on (CI: the machine's PostgreSQL 15). Migrations and the read path must work on both.
 */
let pg: EmbeddedPg;
let orm: Orm;
let server: Server;

beforeAll(async () => {
  pg = await startEmbeddedPostgres();
  orm = await openOrm(pg.url("aduan_embedded"));
  server = await startServer(testConfig(), orm, createLogger("silent"), { port: 0, host: "127.0.0.1" });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await orm?.close(true);
  await pg?.stop();
});

describe("embedded PostgreSQL (the npm start default)", () => {
  it("is PostgreSQL 18 with the indonesian text search configuration", async () => {
    const [{ v }] = await orm.em.fork().execute<{ v: string }[]>("select current_setting('server_version') as v");
    expect(Number.parseInt(v, 10)).toBe(18);
    const [{ n }] = await orm.em
      .fork()
      .execute<{ n: number }[]>("select count(*)::int as n from pg_ts_config where cfgname = 'indonesian'");
    expect(n).toBe(1);
  });

  it("runs the migrations and a report from submission to disposition", async () => {
    const fx = await seedFixtures(orm, testConfig());
    const gql = async (query: string, variables: Record<string, unknown>, token?: string): Promise<any> =>
      (
        await fetch(`http://127.0.0.1:${server.port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        })
      ).json();
    const s = await gql(SUBMIT, { input: reportInput() });
    expect(s.data.submitReport.userErrors).toEqual([]);
    const v = await gql(
      VERIFY,
      {
        input: {
          reportId: s.data.submitReport.report.id,
          categoryId: fx.categories.road,
          agencyIds: [fx.agencies.bandung],
        },
      },
      fx.tokens.verifier,
    );
    expect(v.data.verifyReport.report.status).toBe("DISPOSED");
    const t = await gql(TRACK, { t: s.data.submitReport.trackingId, c: s.data.submitReport.accessCode });
    expect(t.data.trackReport.timeline.map((e: { type: string }) => e.type)).toEqual([
      "SUBMITTED",
      "VERIFIED",
      "DISPOSED",
    ]);
    const search = await gql(`{ reports(filter: { search: "jalan berlubang" }) { totalCount } }`, {});
    expect(search.data.reports.totalCount).toBe(1);
  });
});
