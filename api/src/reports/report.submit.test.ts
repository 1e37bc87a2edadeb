import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { reportInput, SUBMIT, TRACK } from "../../test/operations";

const app = useTestApp();

const count = async (table: string) =>
  (await app.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0].n;

describe("submitReport", () => {
  it("the same idempotency key sent 20 times at once makes one report, and every answer is the first one", async () => {
    const before = await count("report");
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => app.gql(SUBMIT, { input: reportInput({ idempotencyKey: key }) })),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => a.data.submitReport.trackingId));
    const codes = new Set(answers.map((a) => a.data.submitReport.accessCode));
    expect(ids.size).toBe(1);
    expect(codes.size).toBe(1);
    expect(await count("report")).toBe(before + 1);
    expect(await count("report_event")).toBeGreaterThan(0);
    // The access code from a retry opens the reporter's view.
    const [{ trackingId, accessCode }] = answers.map((a) => a.data.submitReport);
    const t = await app.gql(TRACK, { t: trackingId, c: accessCode });
    expect(t.data.trackReport.reporter.email).toBe("siti@example.id");
  });

  it("expired idempotency keys are deleted, and an expired key no longer replays", async () => {
    const key = crypto.randomUUID();
    const first = await app.gql(SUBMIT, { input: reportInput({ idempotencyKey: key }) });
    await app.orm.em.fork().execute("update idempotency_key set expires_at = now() - interval '1 second'");
    const again = await app.gql(SUBMIT, { input: reportInput({ idempotencyKey: key }) });
    expect(again.data.submitReport.trackingId).not.toBe(first.data.submitReport.trackingId);
    const [{ n }] = await app.orm.em
      .fork()
      .execute<{ n: number }[]>("select count(*)::int as n from idempotency_key where expires_at < now()");
    expect(n).toBe(0);
  });

  it("anonymous without contact; signed-in and identified takes the account's name", async () => {
    const anon = await app.gql(SUBMIT, { input: reportInput({ anonymous: true, reporter: null }) });
    expect(anon.data.submitReport.userErrors).toEqual([]);
    expect(anon.data.submitReport.report.reporter).toEqual({ name: null, email: null, phone: null });
    const mine = await app.gql(SUBMIT, { input: reportInput({ reporter: null }) }, app.fx.tokens.citizen2);
    expect(mine.data.submitReport.report.reporter).toMatchObject({
      name: "Test citizen2",
      email: "citizen2@test.aduan.id",
    });
    const list = await app.gql(
      `{ reports(filter: { mine: true }) { nodes { trackingId } } }`,
      {},
      app.fx.tokens.citizen2,
    );
    expect(list.data.reports.nodes.map((n: { trackingId: string }) => n.trackingId)).toContain(
      mine.data.submitReport.trackingId,
    );
  });

  it("whistleblowing is forced anonymous and confidential", async () => {
    const w = await app.gql(SUBMIT, {
      input: reportInput({ kind: "WHISTLEBLOWING", anonymous: false, confidential: false }),
    });
    expect(w.data.submitReport.report).toMatchObject({ anonymous: true, confidential: true, kind: "WHISTLEBLOWING" });
    expect(w.data.submitReport.report.reporter.name).toBeNull();
  });

  it("sets the verification deadline three working days out", async () => {
    const s = await app.gql(SUBMIT, { input: reportInput() });
    const due = new Date(s.data.submitReport.report.dueAt).getTime();
    expect(due).toBeGreaterThan(Date.now() + 2 * 86400_000);
    expect(due).toBeLessThan(Date.now() + 8 * 86400_000);
  });
});

describe("bad input: a clear error, a code, nothing half-written", () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ["empty title", { title: "" }, ["input", "title"]],
    ["over-long title", { title: "x".repeat(201) }, ["input", "title"]],
    ["short body", { body: "pendek" }, ["input", "body"]],
    ["over-long body", { body: "x".repeat(10_001) }, ["input", "body"]],
    ["bad region code", { regionCode: "Bandung" }, ["input", "regionCode"]],
    ["unknown region", { regionCode: "99.99" }, ["input", "regionCode"]],
    ["location outside Indonesia", { location: { lat: 48.8, lng: 2.3 } }, ["input", "location", "lat"]],
    ["no name when identified", { reporter: { email: "a@b.id" } }, ["input", "reporter", "name"]],
    ["bad email", { reporter: { name: "A", email: "not-an-email" } }, ["input", "reporter", "email"]],
    ["short idempotency key", { idempotencyKey: "abc" }, ["input", "idempotencyKey"]],
    ["unknown category", { categoryId: Buffer.from("Category:99999").toString("base64url") }, ["input", "categoryId"]],
    ["staff-only channel", { channel: "COUNTER" }, ["input", "channel"]],
    [
      "unknown attachment",
      { attachmentIds: [Buffer.from(`Attachment:${crypto.randomUUID()}`).toString("base64url")] },
      ["input", "attachmentIds"],
    ],
  ];
  for (const [name, over, field] of cases) {
    it(name, async () => {
      const before = await count("report");
      const res = await app.gql(SUBMIT, { input: reportInput(over) });
      expect(res.errors).toBeUndefined();
      const errs = res.data.submitReport.userErrors;
      expect(errs.length).toBeGreaterThan(0);
      expect(errs.map((e: { field: string[] }) => e.field)).toContainEqual(field);
      expect(errs[0].message.length).toBeGreaterThan(5);
      expect(res.data.submitReport.trackingId).toBeNull();
      expect(await count("report")).toBe(before);
    });
  }

  it("wrong enum values, malformed IDs, cursors and page sizes are BAD_USER_INPUT, never INTERNAL", async () => {
    const probes: [string, Record<string, unknown>?][] = [
      [
        `mutation { submitReport(input: { kind: GRIEVANCE, title: "x", body: "y", anonymous: true, confidential: false }) { trackingId } }`,
      ],
      [
        `mutation($i: SubmitReportInput!) { submitReport(input: $i) { trackingId } }`,
        { i: { ...reportInput(), kind: "NOPE" } },
      ],
      [
        `mutation($i: SubmitReportInput!) { submitReport(input: $i) { trackingId } }`,
        { i: { ...reportInput(), categoryId: "%%%" } },
      ],
      [`{ reports(first: 101) { totalCount } }`],
      [`{ reports(first: -1) { totalCount } }`],
      [`{ reports(after: "garbage") { totalCount } }`],
      [`{ reports(after: "WzEsMl0", orderBy: { field: CREATED_AT, direction: DESC }) { totalCount } }`],
      [`{ reports(filter: { categoryIds: ["QWdlbmN5OjE"] }) { totalCount } }`],
      [`{ reports(filter: { regionCodes: ["'; drop table report; --"] }) { totalCount } }`],
      [`{ dispositions(first: 500) { totalCount } }`],
      [`{ agencies(after: "bm9wZQ") { totalCount } }`],
      [`{ regions(parentCode: "xx") { code } }`],
      [`{ nosuchfield }`],
    ];
    for (const [query, variables] of probes) {
      const res = await app.gql(query, variables, app.fx.tokens.verifier);
      expect(res.errors, query).toBeDefined();
      const code = res.errors![0].extensions?.code;
      expect(code, `${query}: ${JSON.stringify(res.errors)}`).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(res)).not.toMatch(/stack|select |insert |at .*\.ts:/i);
    }
  });

  it("text with quotes, backslashes and question marks is data, never SQL", async () => {
    for (const search of ["O'Brien", "a\\' or 1=1 --", "apa? ya?", "$1 ?? :name", "'); drop table report; --"]) {
      const res = await app.gql(
        `query($s: String!) { reports(filter: { search: $s }) { totalCount } agencies(search: $s) { totalCount } }`,
        { s: search },
      );
      expect(res.errors, search).toBeUndefined();
    }
    const s = await app.gql(SUBMIT, {
      input: reportInput({ title: "Tanya? Kenapa 'jalan' \\ rusak??", idempotencyKey: undefined }),
    });
    expect(s.data.submitReport.userErrors).toEqual([]);
    expect(s.data.submitReport.report.title).toBe("Tanya? Kenapa 'jalan' \\ rusak??");
  });

  it("malformed tracking IDs and node IDs answer null, not an error", async () => {
    const res = await app.gql(
      `{ a: trackReport(trackingId: "ADU-123") { id } b: trackReport(trackingId: "ADU-0000-0000") { id } c: node(id: "bm9wZQ") { id } d: node(id: "") { id } }`,
    );
    expect(res).toEqual({ data: { a: null, b: null, c: null, d: null } });
  });

  it("limits: depth, aliases and node count", async () => {
    const deep = await app.gql(
      `{ categories { children { children { children { children { children { children { children { children { children { children { children { children { name } } } } } } } } } } } } } }`,
    );
    expect(deep.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(deep.errors?.[0].message).toMatch(/levels deep/);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: viewer { id }`).join(" ");
    expect((await app.gql(`{ ${aliases} }`)).errors?.[0].message).toMatch(/aliases/);
    const big = await app.gql(
      `{ reports(first: 100) { nodes { messages(first: 100) { nodes { attachments { id } } } } } }`,
    );
    // 100 reports x 100 messages x 10 attachments
    expect(big.errors?.[0].message).toMatch(/nodes/);
    const fine = await app.gql(`{ reports(first: 100) { nodes { messages(first: 20) { nodes { id } } } } }`);
    expect(fine.errors).toBeUndefined();
  });

  it("expired or forged tokens are UNAUTHENTICATED", async () => {
    const res = await app.gql(`{ viewer { id } }`, {}, "forged.token.value");
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
