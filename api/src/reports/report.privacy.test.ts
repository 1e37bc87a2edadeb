import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { ACCEPT, POST_MESSAGE, RESPOND, reportInput, SUBMIT, VERIFY } from "../../test/operations";

/**
 * DESIGN.md's who-sees-what table, field by field, for every role, through every read path. Each secret is a unique
 * string, so "it must not come back" is checked on the whole JSON answer, whatever field might carry it.
 */
const app = useTestApp();

const ALL_FIELDS = `
  id trackingId kind title body status channel anonymous confidential
  reporter { name email phone }
  category { id name } region { code name } location { lat lng }
  agencies { name }
  dispositions { id status instruction returnReason agency { name } report { id title } }
  messages(first: 20) { totalCount nodes { id body authorRole authorName visibility attachments { fileName url } } }
  timeline { id type status actorRole actorName note report { id title } }
  attachments { id fileName url }
  supportCount viewerHasSupported rating { score } resolution duplicateOf { id }
  createdAt verifiedAt dueAt overdue`;

type Viewer =
  | "public"
  | "citizen"
  | "reporter"
  | "owner"
  | "handler"
  | "parentHandler"
  | "unit"
  | "otherAgency"
  | "verifier"
  | "admin"
  | "analyst";
type Case = "public" | "confidential" | "anonymous" | "whistle" | "unverified";

interface Made {
  id: string;
  trackingId: string;
  accessCode: string;
  secrets: {
    name: string;
    email: string;
    phone: string;
    title: string;
    body: string;
    internal: string;
    instruction: string;
    publicMessage: string;
  };
  confidential: boolean;
  anonymous: boolean;
  verified: boolean;
}

const made = {} as Record<Case, Made>;

async function make(kase: Case): Promise<Made> {
  const tag = kase.toUpperCase();
  const secrets = {
    name: `Nama${tag}Pelapor`,
    email: `kontak-${kase}@rahasia.example`,
    phone: `+62 811 ${String(1000 + Object.keys(made).length).padStart(4, "0")} 9999`,
    title: `Judul ${tag} tentang jalan rusak`,
    body: `Isi laporan ${tag} yang cukup panjang untuk lolos validasi minimal dua puluh karakter.`,
    internal: `CatatanInternal${tag}`,
    instruction: `Instruksi${tag}`,
    publicMessage: `Tanggapan${tag} dinas sudah menambal jalan`,
  };
  const anonymous = kase === "anonymous" || kase === "whistle";
  const confidential = kase === "confidential" || kase === "whistle";
  // The "owner" viewer (citizen, signed in) submits the confidential one.
  const token = kase === "confidential" ? app.fx.tokens.citizen : undefined;
  const s = await app.gql(
    SUBMIT,
    {
      input: reportInput({
        kind: kase === "whistle" ? "WHISTLEBLOWING" : "COMPLAINT",
        title: secrets.title,
        body: secrets.body,
        anonymous,
        confidential,
        location: { lat: -6.9, lng: 107.6 },
        reporter: { name: anonymous ? undefined : secrets.name, email: secrets.email, phone: secrets.phone },
      }),
    },
    token,
  );
  expect(s.data.submitReport.userErrors).toEqual([]);
  const { trackingId, accessCode, report } = s.data.submitReport;
  const verified = kase !== "unverified";
  if (verified) {
    const agency = kase === "whistle" ? app.fx.agencies.bandungUnit : app.fx.agencies.bandungUnit;
    const v = await app.gql(
      VERIFY,
      {
        input: {
          reportId: report.id,
          categoryId: app.fx.categories.road,
          agencyIds: [agency],
          instruction: secrets.instruction,
        },
      },
      app.fx.tokens.verifier,
    );
    expect(v.data.verifyReport.userErrors).toEqual([]);
    const dispositionId = v.data.verifyReport.report.dispositions[0].id;
    await app.gql(ACCEPT, { input: { dispositionId } }, app.fx.tokens.unitOp);
    const note = await app.gql(
      POST_MESSAGE,
      { input: { reportId: report.id, body: secrets.internal, visibility: "INTERNAL" } },
      app.fx.tokens.unitOp,
    );
    expect(note.data.postMessage.userErrors).toEqual([]);
    const r = await app.gql(RESPOND, { input: { dispositionId, body: secrets.publicMessage } }, app.fx.tokens.unitOp);
    expect(r.data.respond.userErrors).toEqual([]);
  }
  // An attachment on the report (rows as the upload endpoint writes them).
  const key = (
    await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: number }[]>("select id from report where tracking_id = ?", [trackingId])
  )[0].id;
  await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into attachment (id, report_id, file_name, content_type, size, storage_key, sha256) values (gen_random_uuid(), ?, ?, 'image/jpeg', 10, 'x', 'y')`,
      [key, `foto-${kase}.jpg`],
    );
  return { id: report.id, trackingId, accessCode, secrets, confidential, anonymous, verified };
}

/** The table, as an oracle. The unit handles every verified report here; Bandung is its parent agency. */
function expected(viewer: Viewer, r: Made) {
  const handler = r.verified && (viewer === "handler" || viewer === "parentHandler");
  const reporter = viewer === "reporter" || (viewer === "owner" && r === made.confidential);
  const staffAll = viewer === "verifier" || viewer === "admin";
  const publicContent = r.verified && !r.confidential;
  const content = reporter || handler || staffAll || publicContent;
  const internal = handler || staffAll;
  let identity: "none" | "name" | "full" = "none";
  if (reporter) identity = "full";
  else if (r.anonymous) identity = "none";
  else if (internal) identity = "full";
  else if (viewer !== "analyst" && publicContent) identity = "name";
  const listed = content || viewer === "analyst";
  return { content, internal, identity, listed };
}

function tokenOf(viewer: Viewer): string | undefined {
  const t = app.fx.tokens;
  return {
    public: undefined,
    citizen: t.citizen2,
    reporter: undefined,
    owner: t.citizen,
    handler: t.unitOp,
    parentHandler: t.bandungOp,
    unit: t.unitOp,
    otherAgency: t.kemenkesOp,
    verifier: t.verifier,
    admin: t.admin,
    analyst: t.analyst,
  }[viewer];
}

function checkReport(viewer: Viewer, r: Made, node: any, json: string, path: string) {
  const e = expected(viewer, r);
  const where = `${viewer} via ${path} on ${r === made.public ? "public" : Object.entries(made).find(([, m]) => m === r)?.[0]}`;
  expect(node.trackingId, where).toBe(r.trackingId);
  // Content fields.
  if (e.content) {
    expect(node.title, where).toBe(r.secrets.title);
    expect(node.body, where).toBe(r.secrets.body);
    expect(node.location, where).toEqual({ lat: -6.9, lng: 107.6 });
    expect(node.attachments.length, where).toBe(1);
    expect(node.attachments[0].url, where).toMatch(/^\/uploads\/[0-9a-f-]{36}\?exp=\d+&sig=[0-9a-f]{64}$/);
  } else {
    for (const f of ["kind", "title", "body", "category", "region", "location", "rating"])
      expect(node[f], `${where}: ${f}`).toBeNull();
    for (const f of ["agencies", "dispositions", "attachments"]) expect(node[f], `${where}: ${f}`).toEqual([]);
    expect(node.messages.totalCount, where).toBe(0);
    expect(json, where).not.toContain(r.secrets.title);
    expect(json, where).not.toContain(r.secrets.body);
    expect(json, where).not.toContain(r.secrets.publicMessage);
    expect(json, where).not.toContain(`foto-`);
  }
  // Staff-only fields.
  if (e.internal) {
    if (r.verified) {
      expect(json, where).toContain(r.secrets.internal);
      expect(node.dispositions[0].instruction, where).toBe(r.secrets.instruction);
    }
  } else {
    expect(json, where).not.toContain(r.secrets.internal);
    expect(json, where).not.toContain(r.secrets.instruction);
    expect(json, where).not.toContain("Test unitOp");
  }
  // Identity.
  if (e.identity === "none") {
    expect(node.reporter, where).toBeNull();
  } else if (e.identity === "name") {
    expect(node.reporter, where).toEqual({ name: r.secrets.name, email: null, phone: null });
  } else {
    expect(node.reporter.email, where).toBe(r.secrets.email);
    expect(node.reporter.phone, where).toBe(r.secrets.phone);
    expect(node.reporter.name, where).toBe(r.anonymous ? null : r.secrets.name);
  }
  if (e.identity !== "full") {
    expect(json, where).not.toContain(r.secrets.email);
    expect(json, where).not.toContain(r.secrets.phone);
  }
  if (e.identity === "none") expect(json, where).not.toContain(r.secrets.name);
}

const VIEWERS: Viewer[] = [
  "public",
  "citizen",
  "reporter",
  "owner",
  "handler",
  "parentHandler",
  "otherAgency",
  "verifier",
  "admin",
  "analyst",
];
const CASES: Case[] = ["public", "confidential", "anonymous", "whistle", "unverified"];

beforeAll(async () => {
  for (const c of CASES) made[c] = await make(c);
});

describe("who sees what, field by field, on every path", () => {
  it("the whistleblowing report was forced anonymous and confidential", () => {
    expect(made.whistle.anonymous && made.whistle.confidential).toBe(true);
  });

  for (const viewer of VIEWERS) {
    for (const kase of CASES) {
      it(`${viewer} / ${kase}: trackReport, node, nodes, reports, timeline.report, dispositions.report`, async () => {
        const r = made[kase];
        const token = tokenOf(viewer);
        const code = viewer === "reporter" ? r.accessCode : null;
        const e = expected(viewer, r);

        // trackReport: anyone with the tracking ID sees status; the rest follows the table.
        const t = await app.gql(
          `query($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { ${ALL_FIELDS} } }`,
          { t: r.trackingId, c: code },
          token,
        );
        expect(t.errors, JSON.stringify(t.errors)).toBeUndefined();
        const json = JSON.stringify(t.data);
        checkReport(viewer, r, t.data.trackReport, json, "trackReport");
        // Nested reports reached from the timeline and dispositions carry the same view.
        for (const ev of t.data.trackReport.timeline) expect(ev.report.title).toBe(t.data.trackReport.title);
        for (const d of t.data.trackReport.dispositions) expect(d.report.title).toBe(t.data.trackReport.title);

        if (viewer === "reporter") return; // the access code is a trackReport/mutation path; node needs an account
        // node / nodes: unlisted reports are simply not found.
        const n = await app.gql(
          `query($id: ID!) { node(id: $id) { ... on Report { ${ALL_FIELDS} } } nodes(ids: [$id]) { ... on Report { ${ALL_FIELDS} } } }`,
          { id: r.id },
          token,
        );
        expect(n.errors, JSON.stringify(n.errors)).toBeUndefined();
        if (e.listed) {
          checkReport(viewer, r, n.data.node, JSON.stringify(n.data.node), "node");
          checkReport(viewer, r, n.data.nodes[0], JSON.stringify(n.data.nodes[0]), "nodes");
        } else {
          expect(n.data).toEqual({ node: null, nodes: [null] });
        }

        // reports list.
        const l = await app.gql(`{ reports(first: 100) { totalCount nodes { ${ALL_FIELDS} } } }`, {}, token);
        expect(l.errors, JSON.stringify(l.errors)).toBeUndefined();
        const inList = l.data.reports.nodes.find((x: { trackingId: string }) => x.trackingId === r.trackingId);
        if (e.listed) checkReport(viewer, r, inList, JSON.stringify(inList), "reports");
        else expect(inList, `${viewer} must not list ${kase}`).toBeUndefined();
        // Filters that reveal content must not find what the viewer cannot read.
        const s = await app.gql(
          `query($s: String!) { reports(filter: { search: $s, kinds: [COMPLAINT, WHISTLEBLOWING] }) { nodes { trackingId } } }`,
          { s: `Judul ${kase.toUpperCase()}` },
          token,
        );
        const found = s.data.reports.nodes.some((x: { trackingId: string }) => x.trackingId === r.trackingId);
        if (!e.content) expect(found, `${viewer} found ${kase} by its text`).toBe(false);
        // Nor by its tracking ID (typed in lower case without dashes); those who read it find it so.
        const byId = await app.gql(
          `query($s: String!) { reports(filter: { search: $s }) { nodes { trackingId } } }`,
          { s: r.trackingId.toLowerCase().replaceAll("-", "") },
          token,
        );
        const foundById = byId.data.reports.nodes.map((x: { trackingId: string }) => x.trackingId);
        if (e.content && e.listed)
          expect(foundById, `${viewer} searches ${kase} by tracking ID`).toEqual([r.trackingId]);
        else expect(foundById, `${viewer} found ${kase} by its tracking ID`).not.toContain(r.trackingId);

        // The inbox path (staff only).
        const d = await app.gql(
          `{ dispositions(first: 100) { nodes { id instruction report { ${ALL_FIELDS} } } } }`,
          {},
          token,
        );
        if (["handler", "parentHandler", "otherAgency", "verifier", "admin"].includes(viewer)) {
          expect(d.errors, JSON.stringify(d.errors)).toBeUndefined();
          const mine = d.data.dispositions.nodes.filter(
            (x: { report: { trackingId: string } }) => x.report.trackingId === r.trackingId,
          );
          if (r.verified && e.internal) {
            expect(mine.length, `${viewer} inbox / ${kase}`).toBeGreaterThan(0);
            for (const m of mine) checkReport(viewer, r, m.report, JSON.stringify(m.report), "dispositions");
          } else {
            expect(mine, `${viewer} inbox / ${kase}`).toEqual([]);
          }
        } else {
          expect(d.errors?.[0].extensions?.code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
        }
      });
    }
  }

  it("a wrong access code gets the public view, and too many are rate limited", async () => {
    const r = made.confidential;
    const wrong = await app.gql(
      `query($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { status title reporter { name } } }`,
      { t: r.trackingId, c: "0000000000000000" },
    );
    expect(wrong.data.trackReport).toEqual({ status: "RESPONDED", title: null, reporter: null });
    let limited = false;
    for (let i = 0; i < 12 && !limited; i++) {
      const res = await app.gql(
        `query($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { status } }`,
        { t: r.trackingId, c: "ZZZZZZZZZZZZZZZZ" },
      );
      limited = res.errors?.[0].extensions?.code === "RATE_LIMITED";
    }
    expect(limited).toBe(true);
    // Even the right code waits out the window: guessing cannot be helped by interleaving a known code.
    const right = await app.gql(
      `query($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { title } }`,
      { t: r.trackingId, c: r.accessCode },
    );
    expect(right.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
  });

  it("the database holds no reporter data in clear, and events never name a reporter", async () => {
    const em = app.orm.em.fork();
    const dump = JSON.stringify(await em.getConnection().execute("select * from reporter_identity"));
    for (const r of Object.values(made)) {
      expect(dump).not.toContain(r.secrets.email);
      expect(dump).not.toContain(r.secrets.name);
    }
    const anonNames = await em
      .getConnection()
      .execute(
        "select count(*)::int as n from reporter_identity ri join report r on r.id = ri.report_id where r.anonymous and ri.name_sealed is not null",
      );
    expect(anonNames[0].n).toBe(0);
    const reporterEvents = await em
      .getConnection()
      .execute(
        "select count(*)::int as n from report_event where actor_role = 'REPORTER' and actor_user_id is not null",
      );
    expect(reporterEvents[0].n).toBe(0);
    // The audit log is append-only in the database itself.
    await expect(em.getConnection().execute("update report_event set note = 'x'")).rejects.toThrow(/append-only/);
    await expect(em.getConnection().execute("delete from report_event")).rejects.toThrow(/append-only/);
  });
});
