import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { reportInput, SUBMIT, VERIFY } from "../../test/operations";
import { toGlobalId } from "../common/ids";
import { csvField, csvRecord, parseCsv } from "./csv";

const app = useTestApp();

const HEADER = [
  "tracking_id",
  "kind",
  "status",
  "category_name",
  "province_code",
  "province_name",
  "regency_code",
  "regency_name",
  "channel",
  "created_at",
  "verified_at",
  "first_response_at",
  "resolved_at",
  "resolution",
  "support_count",
];

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${path}`, { headers });
  return { res, text: await res.text() };
}

async function csv(path: string) {
  const { res, text } = await get(path);
  expect(res.status).toBe(200);
  const [header, ...rows] = parseCsv(text);
  return { res, text, header, rows, byId: new Map(rows.map((r) => [r[0], r])) };
}

describe("CSV writer", () => {
  it("quotes exactly the fields that need it (RFC 4180) and round-trips them", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(null)).toBe("");
    expect(csvField(0)).toBe("0");
    const tricky = ['x"', ",", "\r\n", "", " lead", "é ü — 日本", '"', "a\rb"];
    expect(parseCsv(csvRecord(tricky))).toEqual([tricky]);
  });
});

describe("open data: reports", () => {
  const t: Record<string, string> = {};
  const tricky = 'Jalan "Rusak", Berat\nSekali';

  beforeAll(async () => {
    const { fx } = app;
    const [{ id: trickyCat }] = await fx.em
      .getConnection()
      .execute<{ id: number }[]>("insert into category (name) values (?) returning id", [tricky]);
    const submit = async (over: Record<string, unknown>, verifyIt = true, categoryId = fx.categories.road) => {
      const s = await app.gql(SUBMIT, { input: reportInput(over) });
      expect(s.data.submitReport.userErrors).toEqual([]);
      if (verifyIt) {
        const v = await app.gql(
          VERIFY,
          { input: { reportId: s.data.submitReport.report.id, categoryId, agencyIds: [fx.agencies.bandung] } },
          fx.tokens.verifier,
        );
        expect(v.data.verifyReport.userErrors).toEqual([]);
      }
      return s.data.submitReport.trackingId as string;
    };
    t.public = await submit({ title: "Jalan rusak, parah sekali", body: "Isi laporan yang tidak boleh keluar" });
    t.tricky = await submit({ title: "Kategori aneh" }, true, toGlobalId("Category", trickyCat));
    t.confidential = await submit({ title: "Rahasia", confidential: true });
    t.unverified = await submit({ title: "Belum diverifikasi" }, false);
    t.anonymous = await submit({ title: "Anonim", anonymous: true, reporter: null });
    // Dates for the range filter (the submission API stamps now()).
    await fx.em.getConnection().execute(
      `update report set created_at = case tracking_id
         when ? then timestamptz '2026-01-15 10:00+07' when ? then timestamptz '2026-02-01 00:00+07'
         else timestamptz '2026-03-10 09:30+07' end`,
      [t.public, t.tricky],
    );
  });

  it("has the de-identified columns only, for verified public reports only", async () => {
    const { res, text, header, byId, rows } = await csv("/open-data/reports.csv");
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="aduan-reports.csv"');
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    expect(header).toEqual(HEADER);
    expect(rows.every((r) => r.length === HEADER.length)).toBe(true);
    expect([...byId.keys()].sort()).toEqual([t.public, t.tricky, t.anonymous].sort());
    // No free text, no reporter: not the title, the body, the name, the e-mail or the phone.
    for (const secret of ["Jalan rusak, parah", "Isi laporan", "Siti", "siti@example.id", "1111", "Rahasia"])
      expect(text).not.toContain(secret);
    expect(byId.get(t.public)).toEqual([
      t.public,
      "COMPLAINT",
      "DISPOSED",
      "Jalan Rusak",
      "32",
      "Jawa Barat",
      "32.73",
      "Kota Bandung",
      "WEB",
      "2026-01-15T03:00:00Z",
      expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      "",
      "",
      "",
      "0",
    ]);
    // Quotes, a comma and a newline in a category name survive the round trip.
    expect(byId.get(t.tricky)?.[3]).toBe(tricky);
    // Oldest first.
    expect(rows.map((r) => r[0])).toEqual([t.public, t.tricky, t.anonymous]);
  });

  it("filters by submission date: from inclusive, to exclusive, bare dates at midnight in Jakarta", async () => {
    const ids = async (q: string) => (await csv(`/open-data/reports.csv?${q}`)).rows.map((r) => r[0]);
    expect(await ids("from=2026-01-01&to=2026-02-01")).toEqual([t.public]);
    expect(await ids("from=2026-02-01&to=2026-03-01")).toEqual([t.tricky]);
    expect(await ids("from=2026-01-31T17:00:00Z")).toEqual([t.tricky, t.anonymous]);
    expect(await ids("to=2026-01-15T10:00:00%2B07:00")).toEqual([]);
    expect(await ids("to=2026-01-15T10:00:01%2B07:00")).toEqual([t.public]);
    const { res } = await csv("/open-data/reports.csv?from=2026-01-01&to=2026-02-01");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="aduan-reports-2026-01-01-to-2026-02-01.csv"',
    );
  });

  it("JSON is one valid array of objects, NDJSON one object a line, with the same records", async () => {
    const { res, text } = await get("/open-data/reports.json?from=2026-01-01");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const records = JSON.parse(text);
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual({
      trackingId: t.public,
      kind: "COMPLAINT",
      status: "DISPOSED",
      categoryName: "Jalan Rusak",
      provinceCode: "32",
      provinceName: "Jawa Barat",
      regencyCode: "32.73",
      regencyName: "Kota Bandung",
      channel: "WEB",
      createdAt: "2026-01-15T03:00:00Z",
      verifiedAt: expect.any(String),
      firstResponseAt: null,
      resolvedAt: null,
      resolution: null,
      supportCount: 0,
    });
    expect(records[1].categoryName).toBe(tricky);
    const empty = await get("/open-data/reports.json?from=2030-01-01");
    expect(JSON.parse(empty.text)).toEqual([]);
    const nd = await get("/open-data/reports.ndjson?from=2026-01-01");
    expect(nd.res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = nd.text.trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual(records);
  });

  it("streams many rows over several cursor fetches, gzip or not, oldest first", async () => {
    // 2,500 more public reports (more than two FETCH batches), written straight to the table.
    await app.fx.em.getConnection().execute(
      `insert into report (tracking_id, kind, title, body, status, channel, anonymous, confidential, region_code,
         province_code, regency_code, access_code_hash, created_at, verified_at, support_count)
       select 'BLK-' || lpad(i::text, 9, '0'), 'SUGGESTION', 'judul ' || i, 'isi ' || i, 'DISPOSED', 'SMS', false, false,
         '31.74', '31', '31.74', 'x', timestamptz '2026-04-01 00:00+07' + i * interval '1 minute', now(), i % 7
       from generate_series(1, 2500) i`,
    );
    const plain = await get("/open-data/reports.csv?from=2026-04-01", { "accept-encoding": "identity" });
    expect(plain.res.headers.get("content-encoding")).toBeNull();
    const rows = parseCsv(plain.text).slice(1);
    expect(rows).toHaveLength(2500);
    expect(rows[0][0]).toBe("BLK-000000001");
    expect(rows[2499]).toEqual(
      expect.arrayContaining(["BLK-000002500", "SUGGESTION", "SMS", "31.74", "Kota Administrasi Jakarta Selatan"]),
    );
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort());
    // fetch() asks for gzip and inflates it: the same bytes.
    const zipped = await get("/open-data/reports.csv?from=2026-04-01", { "accept-encoding": "gzip" });
    expect(zipped.res.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.text).toBe(plain.text);
    const json = JSON.parse((await get("/open-data/reports.json?from=2026-04-01")).text);
    expect(json).toHaveLength(2500);
    expect(json[2499]).toMatchObject({ trackingId: "BLK-000002500", supportCount: 2500 % 7 });
  });

  it("a client that hangs up frees its slot and its database connection", async () => {
    for (let i = 0; i < 4; i++) {
      const ctrl = new AbortController();
      const res = await fetch(`${app.url}/open-data/reports.csv`, {
        signal: ctrl.signal,
        headers: { "accept-encoding": "identity" },
      });
      const reader = res.body?.getReader();
      await reader?.read();
      ctrl.abort();
    }
    // Exports run two at a time; the aborted ones must all end (bounded wait, no timing asserted).
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      const { res } = await get("/open-data/reports.csv?from=2026-03-01&to=2026-03-02");
      status = res.status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    const open = await app.fx.em
      .getConnection()
      .execute<{ n: number }[]>("select count(*)::int as n from pg_cursors where name = 'open_data'");
    expect(open[0].n).toBe(0);
  });

  it("refuses bad parameters with a 400 and a JSON error naming the parameter", async () => {
    const cases: [string, string, RegExp][] = [
      ["from=yesterday", "from", /ISO 8601/],
      ["from=2026-02-30", "from", /ISO 8601/],
      ["to=2026-13-01", "to", /ISO 8601/],
      ["from=2026-01-01T10:00:00", "from", /offset/],
      ["from=2026-02-01&to=2026-01-01", "from", /before/],
      ["from=2026-01-01&from=2026-02-01", "from", /once/],
      ["form=2026-01-01", "form", /Unknown parameter form/],
    ];
    for (const [q, field, message] of cases) {
      const { res, text } = await get(`/open-data/reports.csv?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const body = JSON.parse(text);
      expect(body.error).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(body.error.message).toMatch(message);
    }
    expect((await get("/open-data/reports.xml")).res.status).toBe(404);
  });
});

describe("open data: statistics parameters", () => {
  it("refuses bad parameters before computing anything, and the engine's own refusals as 400 too", async () => {
    const cases: [string, string][] = [
      ["groupBy=PROVINCE,FOO", "groupBy"],
      ["kinds=COMPLAINT,GRIPE", "kinds"],
      ["channels=FAX", "channels"],
      ["from=2026-01-01&to=2025-01-01", "from"],
      ["group=PROVINCE", "group"],
      ["regionCodes=99.99", "filter.regionCodes.0"],
      ["categoryIds=nonsense", "filter.categoryIds.0"],
    ];
    for (const [q, field] of cases) {
      const { res, text } = await get(`/open-data/statistics.csv?${q}`);
      expect(res.status, q).toBe(400);
      expect(JSON.parse(text).error).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });
});
