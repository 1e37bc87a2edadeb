import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import {
  ACCEPT,
  APPROVE,
  CONFIRM,
  DISPUTE,
  FORWARD,
  MERGE,
  POST_MESSAGE,
  PRIVACY,
  REJECT,
  REQUEST_INFO,
  RESPOND,
  RETURN,
  reportInput,
  SUBMIT,
  SUPPORT,
  TRACK,
  VERIFY,
} from "../../test/operations";

const app = useTestApp();

async function submit(over: Record<string, unknown> = {}, token?: string) {
  const res = await app.gql(SUBMIT, { input: reportInput(over) }, token);
  expect(res.errors).toBeUndefined();
  expect(res.data.submitReport.userErrors).toEqual([]);
  return res.data.submitReport as { trackingId: string; accessCode: string; report: { id: string; status: string } };
}

async function verify(
  reportId: string,
  agencyIds: string[],
  token = app.fx.tokens.verifier,
  extra: Record<string, unknown> = {},
) {
  const res = await app.gql(
    VERIFY,
    {
      input: {
        reportId,
        categoryId: app.fx.categories.road,
        agencyIds,
        instruction: "Mohon segera ditindaklanjuti",
        ...extra,
      },
    },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data.verifyReport;
}

describe("the whole life of a report, as each role", () => {
  it("submit -> verify -> accept -> forward to a unit -> respond -> confirm", async () => {
    const { tokens, agencies } = app.fx;
    const s = await submit();
    expect(s.trackingId).toMatch(/^ADU-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(s.accessCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(s.report.status).toBe("SUBMITTED");

    const v = await verify(s.report.id, [agencies.bandung], tokens.verifier, {
      title: "Jalan berlubang depan SDN Setiabudi",
    });
    expect(v.userErrors).toEqual([]);
    expect(v.report.status).toBe("DISPOSED");
    expect(v.report.title).toBe("Jalan berlubang depan SDN Setiabudi");
    const dispositionId = v.report.dispositions[0].id;

    // Another agency cannot act on it (and does not learn it exists).
    const foreign = await app.gql(ACCEPT, { input: { dispositionId } }, tokens.kemenkesOp);
    expect(foreign.errors?.[0].extensions?.code).toBe("NOT_FOUND");

    const a = await app.gql(ACCEPT, { input: { dispositionId } }, tokens.bandungOp);
    expect(a.data.acceptDisposition.userErrors).toEqual([]);
    expect(a.data.acceptDisposition.disposition).toMatchObject({
      status: "ACCEPTED",
      report: { status: "IN_PROGRESS" },
    });

    // Accepting twice names the current status.
    const again = await app.gql(ACCEPT, { input: { dispositionId } }, tokens.bandungOp);
    expect(again.data.acceptDisposition.userErrors[0]).toMatchObject({ code: "INVALID_STATUS" });
    expect(again.data.acceptDisposition.userErrors[0].message).toContain("ACCEPTED");

    const f = await app.gql(
      FORWARD,
      { input: { dispositionId, toAgencyId: agencies.bandungUnit, instruction: "Tim jalan, cek lokasi" } },
      tokens.bandungOp,
    );
    expect(f.data.forwardDisposition.userErrors).toEqual([]);
    expect(f.data.forwardDisposition.disposition).toMatchObject({
      status: "PENDING",
      report: { status: "IN_PROGRESS" },
    });
    const unitDisposition = f.data.forwardDisposition.disposition.id;

    // The unit's operator accepts and responds; the city (parent) still sees the chain.
    expect(
      (await app.gql(ACCEPT, { input: { dispositionId: unitDisposition } }, tokens.unitOp)).data.acceptDisposition
        .userErrors,
    ).toEqual([]);
    const r = await app.gql(
      RESPOND,
      { input: { dispositionId: unitDisposition, body: "Lubang sudah ditambal oleh tim UPT Jalan pada hari Senin." } },
      tokens.unitOp,
    );
    expect(r.data.respond.userErrors).toEqual([]);
    expect(r.data.respond.disposition).toMatchObject({ status: "RESPONDED", report: { status: "RESPONDED" } });

    const tracked = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    const report = tracked.data.trackReport;
    expect(report.status).toBe("RESPONDED");
    expect(report.messages.nodes.map((m: { body: string }) => m.body)).toContain(
      "Lubang sudah ditambal oleh tim UPT Jalan pada hari Senin.",
    );
    // The reporter sees the agency, not the person, and no internal instruction.
    const response = report.messages.nodes.find((m: { authorRole: string }) => m.authorRole === "AGENCY");
    expect(response.authorName).toBe("Dinas Pekerjaan Umum Kota Bandung");
    expect(report.dispositions.every((d: { instruction: string | null }) => d.instruction === null)).toBe(true);
    expect(report.timeline.map((e: { type: string }) => e.type)).toEqual([
      "SUBMITTED",
      "TITLE_CHANGED",
      "VERIFIED",
      "DISPOSED",
      "ACCEPTED",
      "ACCEPTED",
      "RESPONDED",
    ]);

    const c = await app.gql(CONFIRM, {
      input: { trackingId: s.trackingId, accessCode: s.accessCode, score: 5, comment: "Terima kasih, cepat sekali" },
    });
    expect(c.data.confirmResolution.userErrors).toEqual([]);
    expect(c.data.confirmResolution.report).toMatchObject({ status: "RESOLVED", resolution: "CONFIRMED", dueAt: null });
    const after = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    expect(after.data.trackReport.rating).toEqual({ score: 5, comment: "Terima kasih, cepat sekali" });

    // A closed report takes no more messages, and cannot be confirmed twice.
    const late = await app.gql(POST_MESSAGE, {
      input: { trackingId: s.trackingId, accessCode: s.accessCode, body: "Halo?", visibility: "PUBLIC" },
    });
    expect(late.data.postMessage.userErrors[0].code).toBe("INVALID_STATUS");
    const twice = await app.gql(CONFIRM, { input: { trackingId: s.trackingId, accessCode: s.accessCode, score: 4 } });
    expect(twice.data.confirmResolution.userErrors[0].message).toContain("RESOLVED");
  });

  it("two agencies: RESPONDED only when both responded; a dispute reopens; approval where required", async () => {
    const { tokens, agencies } = app.fx;
    const s = await submit({ kind: "COMPLAINT" });
    const v = await verify(s.report.id, [agencies.bandung, agencies.kemenkes]);
    const [dB, dK] = ["Pemerintah Kota Bandung", "Kementerian Kesehatan"].map(
      (n) => v.report.dispositions.find((d: { agency: { name: string } }) => d.agency.name === n).id,
    );
    await app.gql(ACCEPT, { input: { dispositionId: dB } }, tokens.bandungOp);
    await app.gql(ACCEPT, { input: { dispositionId: dK } }, tokens.kemenkesOp);
    const rb = await app.gql(
      RESPOND,
      { input: { dispositionId: dB, body: "Kota Bandung sudah memperbaiki jalannya." } },
      tokens.bandungOp,
    );
    expect(rb.data.respond.disposition.report.status).toBe("IN_PROGRESS");
    // The ministry requires its admin's approval: the operator's response waits as a draft.
    const rk = await app.gql(
      RESPOND,
      { input: { dispositionId: dK, body: "Kemenkes telah menegur puskesmas terkait." } },
      tokens.kemenkesOp,
    );
    expect(rk.data.respond.disposition).toMatchObject({
      status: "AWAITING_APPROVAL",
      report: { status: "IN_PROGRESS" },
    });
    const publicView = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    expect(publicView.data.trackReport.messages.nodes.map((m: { body: string }) => m.body)).not.toContain(
      "Kemenkes telah menegur puskesmas terkait.",
    );
    expect(
      (await app.gql(APPROVE, { input: { dispositionId: dK } }, tokens.kemenkesOp)).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
    const ap = await app.gql(APPROVE, { input: { dispositionId: dK } }, tokens.kemenkesAdmin);
    expect(ap.data.approveResponse.disposition).toMatchObject({ status: "RESPONDED", report: { status: "RESPONDED" } });

    const d = await app.gql(DISPUTE, {
      input: { trackingId: s.trackingId, accessCode: s.accessCode, reason: "Jalannya masih berlubang di sisi utara." },
    });
    expect(d.data.disputeResolution.userErrors).toEqual([]);
    expect(d.data.disputeResolution.report.status).toBe("IN_PROGRESS");
    const t = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    expect(t.data.trackReport.dispositions.map((x: { status: string }) => x.status).sort()).toEqual([
      "ACCEPTED",
      "ACCEPTED",
    ]);
    expect(t.data.trackReport.timeline.at(-1)).toMatchObject({
      type: "DISPUTED",
      fromStatus: "RESPONDED",
      status: "IN_PROGRESS",
      actorRole: "REPORTER",
      actorName: null,
    });
  });

  it("all agencies return it: back to the verifiers' queue with the reasons for staff only", async () => {
    const { tokens, agencies } = app.fx;
    const s = await submit();
    const v = await verify(s.report.id, [agencies.jabar]);
    const ret = await app.gql(
      RETURN,
      { input: { dispositionId: v.report.dispositions[0].id, reason: "Bukan kewenangan provinsi, jalan kota." } },
      tokens.jabarOp,
    );
    expect(ret.data.returnDisposition.userErrors).toEqual([]);
    expect(ret.data.returnDisposition.disposition.status).toBe("RETURNED");
    const staff = await app.gql(TRACK, { t: s.trackingId }, tokens.verifier);
    expect(staff.data.trackReport.status).toBe("SUBMITTED");
    expect(staff.data.trackReport.dispositions[0].returnReason).toBe("Bukan kewenangan provinsi, jalan kota.");
    const reporter = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    expect(reporter.data.trackReport.dispositions[0].returnReason).toBeNull();
    expect(JSON.stringify(reporter.data)).not.toContain("Bukan kewenangan");
    // The verifiers find it among the returned reports, apart from the new ones.
    const fresh = await submit();
    const queue = async (returned: boolean) =>
      (
        await app.gql(
          `query($f: ReportFilter) { reports(filter: $f, first: 100) { nodes: edges { node { trackingId } } } }`,
          { f: { statuses: ["SUBMITTED"], returned } },
          tokens.verifier,
        )
      ).data.reports.nodes.map((e: { node: { trackingId: string } }) => e.node.trackingId);
    expect(await queue(true)).toContain(s.trackingId);
    expect(await queue(true)).not.toContain(fresh.trackingId);
    expect(await queue(false)).toContain(fresh.trackingId);
    expect(await queue(false)).not.toContain(s.trackingId);
    // It can be verified again, to the right agency, and is no longer "returned".
    const again = await verify(s.report.id, [agencies.bandung]);
    expect(again.userErrors).toEqual([]);
    expect(again.report.status).toBe("DISPOSED");
    expect(await queue(true)).not.toContain(s.trackingId);
  });

  it("request information, the reporter answers, then rejection and merge", async () => {
    const { tokens } = app.fx;
    const s = await submit();
    const q = await app.gql(
      REQUEST_INFO,
      { input: { reportId: s.report.id, question: "Mohon sebutkan nomor rumah terdekat." } },
      tokens.verifier,
    );
    expect(q.data.requestInformation.report).toMatchObject({ status: "AWAITING_INFORMATION", dueAt: null });
    const ans = await app.gql(POST_MESSAGE, {
      input: {
        trackingId: s.trackingId,
        accessCode: s.accessCode,
        body: "Di depan rumah nomor 12.",
        visibility: "PUBLIC",
      },
    });
    expect(ans.errors).toBeUndefined();
    expect(ans.data.postMessage.userErrors).toEqual([]);
    const t = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    expect(t.data.trackReport.status).toBe("SUBMITTED");
    expect(t.data.trackReport.timeline.map((e: { type: string }) => e.type)).toEqual([
      "SUBMITTED",
      "INFORMATION_REQUESTED",
      "INFORMATION_PROVIDED",
    ]);
    expect(t.data.trackReport.timeline[1].note).toBe("Mohon sebutkan nomor rumah terdekat.");

    const other = await submit({ title: "Jalan rusak parah di Setiabudi dekat sekolah" });
    const m = await app.gql(
      MERGE,
      { input: { reportId: other.report.id, intoReportId: s.report.id } },
      tokens.verifier,
    );
    expect(m.data.mergeReport.report.status).toBe("MERGED");
    const self = await app.gql(MERGE, { input: { reportId: s.report.id, intoReportId: s.report.id } }, tokens.verifier);
    expect(self.data.mergeReport.userErrors[0].code).toBe("INVALID");

    const rj = await app.gql(
      REJECT,
      {
        input: {
          reportId: s.report.id,
          reason: "Bukan pelayanan publik: sengketa antarwarga.",
          reasonCode: "NOT_PUBLIC_SERVICE",
        },
      },
      tokens.verifier,
    );
    expect(rj.data.rejectReport.report.status).toBe("REJECTED");
    const verifyRejected = await verify(s.report.id, [app.fx.agencies.bandung]);
    expect(verifyRejected.userErrors[0]).toMatchObject({ code: "INVALID_STATUS" });
    expect(verifyRejected.userErrors[0].message).toContain("REJECTED");
  });

  it("only verifiers verify; agency staff and citizens are refused with a code", async () => {
    const s = await submit();
    const asCitizen = await app.gql(
      VERIFY,
      { input: { reportId: s.report.id, categoryId: app.fx.categories.road, agencyIds: [app.fx.agencies.bandung] } },
      app.fx.tokens.citizen,
    );
    expect(asCitizen.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await app.gql(VERIFY, {
      input: { reportId: s.report.id, categoryId: app.fx.categories.road, agencyIds: [app.fx.agencies.bandung] },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("privacy is a ratchet: staff raise it, only the reporter lowers it, never for whistleblowing", async () => {
    const { tokens, agencies } = app.fx;
    const s = await submit();
    await verify(s.report.id, [agencies.bandung]);
    const lower = await app.gql(PRIVACY, { input: { reportId: s.report.id, confidential: true } }, tokens.bandungOp);
    expect(lower.data.setReportPrivacy.userErrors).toEqual([]);
    const publicView = await app.gql(TRACK, { t: s.trackingId });
    expect(publicView.data.trackReport.title).toBeNull();
    const staffLower = await app.gql(
      PRIVACY,
      { input: { reportId: s.report.id, confidential: false } },
      tokens.verifier,
    );
    expect(staffLower.data.setReportPrivacy.userErrors[0].code).toBe("PRIVACY_RATCHET");
    // Staff of another agency cannot touch it at all.
    const foreign = await app.gql(PRIVACY, { input: { reportId: s.report.id, anonymous: true } }, tokens.kemenkesOp);
    expect(foreign.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const byReporter = await app.gql(PRIVACY, {
      input: { trackingId: s.trackingId, accessCode: s.accessCode, confidential: false },
    });
    expect(byReporter.data.setReportPrivacy.userErrors).toEqual([]);
    expect((await app.gql(TRACK, { t: s.trackingId })).data.trackReport.title).toBe("Jalan berlubang di Jl. Setiabudi");
    // Going anonymous forgets the name for good.
    await app.gql(PRIVACY, { input: { trackingId: s.trackingId, accessCode: s.accessCode, anonymous: true } });
    const mine = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    expect(mine.data.trackReport.reporter).toEqual({
      name: null,
      email: "siti@example.id",
      phone: "+62 812 1111 2222",
    });
    const staff = await app.gql(TRACK, { t: s.trackingId }, tokens.bandungOp);
    expect(staff.data.trackReport.reporter).toBeNull();
    const types = mine.data.trackReport.timeline.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(["PRIVACY_RAISED", "PRIVACY_LOWERED"]));

    const w = await submit({ kind: "WHISTLEBLOWING" });
    const wl = await app.gql(PRIVACY, {
      input: { trackingId: w.trackingId, accessCode: w.accessCode, anonymous: false },
    });
    expect(wl.data.setReportPrivacy.userErrors[0].code).toBe("PRIVACY_RATCHET");
  });

  it("supports need an account, count once, and only for public reports", async () => {
    const s = await submit();
    const hidden = await app.gql(SUPPORT, { input: { reportId: s.report.id } }, app.fx.tokens.citizen2);
    expect(hidden.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    await verify(s.report.id, [app.fx.agencies.bandung]);
    expect((await app.gql(SUPPORT, { input: { reportId: s.report.id } })).errors?.[0].extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    for (let i = 0; i < 3; i++) await app.gql(SUPPORT, { input: { reportId: s.report.id } }, app.fx.tokens.citizen2);
    await app.gql(SUPPORT, { input: { reportId: s.report.id } }, app.fx.tokens.citizen);
    const r = await app.gql(
      `query($id: ID!) { node(id: $id) { ... on Report { supportCount viewerHasSupported } } }`,
      { id: s.report.id },
      app.fx.tokens.citizen2,
    );
    expect(r.data.node).toEqual({ supportCount: 2, viewerHasSupported: true });
  });
});
