import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { ACCEPT, reportInput, SUBMIT, VERIFY } from "../../test/operations";
import { toGlobalId } from "../common/ids";

const app = useTestApp();

const AUDIT = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id type status actorRole internal note createdAt actor { id name roles } report { id trackingId } agency { name } }
  } }`;

type Audit = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: {
    id: string;
    type: string;
    actorRole: string;
    actor: { id: string; name: string; roles: string[] } | null;
    report: { id: string; trackingId: string } | null;
    agency: { name: string } | null;
    createdAt: string;
  }[];
};

async function audit(filter: Record<string, unknown> = {}, token = app.fx.tokens.verifier, page = {}) {
  const res = await app.gql<{ auditEvents: Audit }>(AUDIT, { filter, ...page }, token);
  expect(res.errors).toBeUndefined();
  return res.data?.auditEvents as Audit;
}

let first: { trackingId: string; reportId: string };
let second: { trackingId: string; reportId: string };

beforeAll(async () => {
  const { tokens, agencies, categories } = app.fx;
  const submitted = [];
  for (const token of [undefined, tokens.citizen]) {
    const s = await app.gql(SUBMIT, { input: reportInput() }, token);
    submitted.push({ trackingId: s.data.submitReport.trackingId, reportId: s.data.submitReport.report.id });
  }
  [first, second] = submitted;
  const v = await app.gql(
    VERIFY,
    {
      input: {
        reportId: first.reportId,
        categoryId: categories.road,
        agencyIds: [agencies.bandung],
        instruction: "Cek",
      },
    },
    tokens.verifier,
  );
  expect(v.data.verifyReport.userErrors).toEqual([]);
  const a = await app.gql(
    ACCEPT,
    { input: { dispositionId: v.data.verifyReport.report.dispositions[0].id } },
    tokens.bandungOp,
  );
  expect(a.data.acceptDisposition.userErrors).toEqual([]);
});

describe("auditEvents", () => {
  it("lists every event newest first, staff actors named, reporters never", async () => {
    const all = await audit({}, app.fx.tokens.admin, { first: 100 });
    expect(all.totalCount).toBe(all.nodes.length);
    const ids = all.nodes.map((n) => Buffer.from(n.id, "base64url").toString().split(":"));
    expect(ids.every(([t]) => t === "ReportEvent")).toBe(true);
    const keys = ids.map(([, k]) => Number(k));
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    const types = all.nodes.map((n) => n.type);
    expect(types).toEqual(expect.arrayContaining(["SUBMITTED", "VERIFIED", "DISPOSED", "ACCEPTED"]));

    // Both reports' SUBMITTED events (anonymous-form and signed-in citizen) have no actor.
    const submittedEvents = all.nodes.filter((n) => n.type === "SUBMITTED");
    expect(submittedEvents).toHaveLength(2);
    for (const n of submittedEvents) {
      expect(n.actorRole).toBe("REPORTER");
      expect(n.actor).toBeNull();
    }
    const accepted = all.nodes.find((n) => n.type === "ACCEPTED");
    expect(accepted?.actor).toMatchObject({ name: "Test bandungOp", roles: ["AGENCY_OPERATOR"] });
    expect(accepted?.report).toEqual({ id: first.reportId, trackingId: first.trackingId });
    expect(all.nodes.find((n) => n.type === "VERIFIED")?.actor?.name).toBe("Test verifier");
  });

  it("filters by report, tracking ID, actor, type and date", async () => {
    const byReport = await audit({ reportId: second.reportId });
    expect(byReport.nodes.map((n) => n.type)).toEqual(["SUBMITTED"]);

    const byTracking = await audit({ trackingId: first.trackingId.toLowerCase() });
    expect(byTracking.nodes.every((n) => n.report?.trackingId === first.trackingId)).toBe(true);
    expect(byTracking.nodes.length).toBeGreaterThan(2);
    // Report and tracking ID of different reports: nothing.
    expect((await audit({ reportId: second.reportId, trackingId: first.trackingId })).nodes).toEqual([]);
    expect((await audit({ trackingId: "ADU-0000-0000" })).nodes).toEqual([]);

    const verifierId = toGlobalId("User", app.fx.users.verifier.id);
    const byActor = await audit({ actorUserId: verifierId });
    expect(byActor.nodes.length).toBeGreaterThan(0);
    expect(byActor.nodes.every((n) => n.actor?.id === verifierId)).toBe(true);

    const byType = await audit({ types: ["ACCEPTED", "VERIFIED"] });
    expect(new Set(byType.nodes.map((n) => n.type))).toEqual(new Set(["ACCEPTED", "VERIFIED"]));

    const all = await audit({}, app.fx.tokens.verifier, { first: 100 });
    const newest = new Date(all.nodes[0].createdAt);
    expect((await audit({ from: new Date(newest.getTime() + 1000).toISOString() })).nodes).toEqual([]);
    expect((await audit({ to: new Date(newest.getTime() + 1000).toISOString() })).totalCount).toBe(all.totalCount);
    expect((await audit({ to: "2020-01-01T00:00:00Z" })).nodes).toEqual([]);
  });

  it("pages with keyset cursors, no overlap and no gap", async () => {
    const all = await audit({}, app.fx.tokens.verifier, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Audit = await audit({}, app.fx.tokens.verifier, { first: 2, after });
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.id));
  });

  it("shows an actor's email to admins only", async () => {
    const q = `{ auditEvents(filter: { types: ["ACCEPTED"] }) { nodes { actor { name email } } } }`;
    const admin = await app.gql(q, {}, app.fx.tokens.admin);
    expect(admin.data.auditEvents.nodes[0].actor).toEqual({ name: "Test bandungOp", email: "bandungop@test.aduan.id" });
    const verifier = await app.gql(q, {}, app.fx.tokens.verifier);
    expect(verifier.data.auditEvents.nodes[0].actor).toEqual({ name: "Test bandungOp", email: null });
  });

  it("is for verifiers and admins only", async () => {
    for (const who of ["bandungOp", "bandungAdmin", "analyst", "citizen"] as const) {
      const res = await app.gql(AUDIT, {}, app.fx.tokens[who]);
      expect(res.errors?.[0].extensions?.code, who).toBe("FORBIDDEN");
    }
    expect((await app.gql(AUDIT, {})).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses bad filters", async () => {
    for (const filter of [
      { types: ["NOPE"] },
      { reportId: "bad" },
      { trackingId: "x" },
      { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" },
    ]) {
      const res = await app.gql(AUDIT, { filter }, app.fx.tokens.verifier);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(filter)).toBe("BAD_USER_INPUT");
    }
  });
});
