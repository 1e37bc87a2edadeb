import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { MERGE, REJECT, reportInput, SUBMIT, VERIFY } from "../../test/operations";

const app = useTestApp();

const SIMILAR = `query($text: String!, $regionCode: String, $first: Int) {
  similarReports(text: $text, regionCode: $regionCode, first: $first) {
    id trackingId title status confidential region { code } reporter { name email }
  } }`;

type Found = { id: string; trackingId: string; title: string | null; status: string; reporter: unknown };

async function submit(over: Record<string, unknown>) {
  const res = await app.gql(SUBMIT, { input: reportInput(over) });
  expect(res.errors).toBeUndefined();
  expect(res.data.submitReport.userErrors).toEqual([]);
  return res.data.submitReport.report as { id: string; trackingId: string };
}

async function verify(reportId: string) {
  const res = await app.gql(
    VERIFY,
    { input: { reportId, categoryId: app.fx.categories.road, agencyIds: [app.fx.agencies.bandung] } },
    app.fx.tokens.verifier,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.verifyReport.userErrors).toEqual([]);
}

async function similar(text: string, token?: string, extra: Record<string, unknown> = {}): Promise<Found[]> {
  const res = await app.gql(SIMILAR, { text, ...extra }, token);
  expect(res.errors).toBeUndefined();
  return res.data.similarReports;
}

const ids = (rows: Found[]) => rows.map((r) => r.id);

describe("similarReports", () => {
  const r: Record<string, { id: string; trackingId: string }> = {};

  beforeAll(async () => {
    // The original in Bandung, a look-alike in Jakarta, an unrelated report, all public.
    r.pothole = await submit({
      title: "Jalan berlubang di Jl. Setiabudi membahayakan pengendara",
      body: "Lubang besar di depan SDN Setiabudi sudah dua minggu belum diperbaiki.",
      regionCode: "32.73.01",
    });
    r.jakarta = await submit({
      title: "Jalan berlubang di Jl. Fatmawati membahayakan pengendara",
      body: "Lubang di jalur lambat dekat halte, sudah ada yang jatuh.",
      regionCode: "31.74",
    });
    r.lamp = await submit({
      title: "Lampu penerangan jalan mati di Jl. Dago",
      body: "Sudah sebulan gelap total pada malam hari.",
      regionCode: "32.73",
    });
    // Confidential: verified and handled by Bandung, its words match only for those who may read it.
    r.secret = await submit({
      title: "Pungutan liar di kantor kelurahan Sukasari",
      body: "Petugas loket meminta uang pelicin untuk pembuatan surat keterangan domisili.",
      confidential: true,
    });
    // Not yet verified: content not public.
    r.fresh = await submit({
      title: "Pungutan liar pembuatan KTP di kecamatan Sukasari",
      body: "Warga dimintai uang tambahan saat mengurus KTP elektronik.",
    });
    // Closed ones never come back: one rejected, one merged into the original (both at verification).
    r.rejected = await submit({ title: "Jalan berlubang di Jl. Setiabudi membahayakan pengendara motor" });
    r.merged = await submit({ title: "Jalan berlubang di Jl. Setiabudi, membahayakan pengendara!" });
    for (const k of ["pothole", "jakarta", "lamp", "secret"]) await verify(r[k].id);
    const rj = await app.gql(
      REJECT,
      { input: { reportId: r.rejected.id, reason: "Laporan ganda yang sudah ditangani." } },
      app.fx.tokens.verifier,
    );
    expect(rj.data.rejectReport.userErrors).toEqual([]);
    const m = await app.gql(
      MERGE,
      { input: { reportId: r.merged.id, intoReportId: r.pothole.id } },
      app.fx.tokens.verifier,
    );
    expect(m.data.mergeReport.userErrors).toEqual([]);
  });

  it("returns the duplicate first, nearby reports before look-alikes elsewhere", async () => {
    const found = await similar("Jalan berlubang di Jl Setiabudi membahayakan", undefined, { regionCode: "32.73" });
    expect(found[0].id).toBe(r.pothole.id);
    expect(ids(found)).toContain(r.jakarta.id);
    expect(ids(found).indexOf(r.jakarta.id)).toBeGreaterThan(0);
    // Same regency first even when the look-alike elsewhere is closer in wording.
    const fromJakarta = await similar("Jalan berlubang Jl. Setiabudi membahayakan pengendara", undefined, {
      regionCode: "31.74.05",
    });
    expect(fromJakarta[0].id).toBe(r.jakarta.id);
    expect(fromJakarta[1].id).toBe(r.pothole.id);
  });

  it("finds a report by the words of its body, and ranks by wording without a region", async () => {
    const byBody = await similar("lubang depan SDN Setiabudi belum diperbaiki");
    expect(byBody[0].id).toBe(r.pothole.id);
    const noRegion = await similar("Jalan berlubang di Jl. Setiabudi membahayakan pengendara");
    expect(ids(noRegion).slice(0, 2)).toEqual([r.pothole.id, r.jakarta.id]);
    expect(ids(noRegion)).not.toContain(r.lamp.id);
  });

  it("never returns merged or rejected reports, to anyone", async () => {
    for (const token of [undefined, app.fx.tokens.verifier]) {
      const found = ids(await similar("Jalan berlubang di Jl. Setiabudi membahayakan pengendara motor", token));
      expect(found).toContain(r.pothole.id);
      expect(found).not.toContain(r.rejected.id);
      expect(found).not.toContain(r.merged.id);
    }
  });

  it("a confidential report's text matches only for those who may read it", async () => {
    const text = "pungutan liar di kelurahan Sukasari";
    for (const token of [undefined, app.fx.tokens.citizen, app.fx.tokens.kemenkesOp, app.fx.tokens.analyst]) {
      const found = await similar(text, token);
      expect(ids(found)).not.toContain(r.secret.id);
      expect(ids(found)).not.toContain(r.fresh.id);
    }
    const asVerifier = await similar(text, app.fx.tokens.verifier);
    expect(asVerifier[0].id).toBe(r.secret.id);
    expect(asVerifier[0].title).toBe("Pungutan liar di kantor kelurahan Sukasari");
    // The unverified report is the verifier's to see too (the merge use case).
    expect(ids(asVerifier)).toContain(r.fresh.id);
    // The handling agency reads it too.
    const asHandler = await similar(text, app.fx.tokens.bandungOp);
    expect(ids(asHandler)).toContain(r.secret.id);
  });

  it("answers with full Report objects and the usual privacy rules on nested fields", async () => {
    const res = await app.gql(
      `query($text: String!, $regionCode: String) { similarReports(text: $text, regionCode: $regionCode) {
        id trackingId title region { code } reporter { name email } viewerIsReporter } }`,
      { text: "Jalan berlubang Jl. Setiabudi", regionCode: "32.73.01" },
    );
    expect(res.errors).toBeUndefined();
    const [top] = res.data.similarReports;
    expect(top).toMatchObject({
      id: r.pothole.id,
      trackingId: r.pothole.trackingId,
      title: "Jalan berlubang di Jl. Setiabudi membahayakan pengendara",
      region: { code: "32.73.01" },
      // The public sees an identified, public report's reporter name, never the contact.
      reporter: { name: "Siti Rahmawati", email: null },
      viewerIsReporter: false,
    });
    // Signed in, on reports submitted without an account (no owner tag): false, not null.
    const signedIn = await app.gql(
      `query($text: String!) { similarReports(text: $text) { id viewerIsReporter } }`,
      { text: "Jalan berlubang Jl. Setiabudi" },
      app.fx.tokens.citizen,
    );
    expect(signedIn.errors).toBeUndefined();
    for (const rep of signedIn.data.similarReports) expect(rep.viewerIsReporter).toBe(false);
  });

  it("honours first, and refuses bad input with BAD_USER_INPUT", async () => {
    expect(await similar("Jalan berlubang membahayakan pengendara", undefined, { first: 1 })).toHaveLength(1);
    const bad: [Record<string, unknown>, string][] = [
      [{ text: "ab" }, "text"],
      [{ text: "x".repeat(501) }, "text"],
      [{ text: "   ab   " }, "text"],
      [{ text: "jalan rusak", first: 0 }, "first"],
      [{ text: "jalan rusak", first: 21 }, "first"],
      [{ text: "jalan rusak", regionCode: "Bandung" }, "regionCode"],
    ];
    for (const [vars, field] of bad) {
      const res = await app.gql(SIMILAR, vars);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    // Words PostgreSQL ignores (stop words, punctuation) are not an error, just no full-text match.
    const res = await app.gql(SIMILAR, { text: "dan yang di ..." });
    expect(res.errors).toBeUndefined();
  });
});
