import { afterEach, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { ACCEPT, DISPOSITION_ACTION, reportInput, SUBMIT, TRACK, VERIFY } from "../../test/operations";
import { fromGlobalId } from "../common/ids";
import { query, sql } from "../common/sql";
import type { JobDeps, JobModule } from "../jobs/types";
import { startWorker } from "../jobs/worker";
import { ServiceLevelStep } from "./service-levels";
import { SLA_SWEEP_TASK, serviceLevelJobs, sweepServiceLevels } from "./sla-sweep";

const app = useTestApp();
const deps = (): JobDeps => ({ orm: app.orm, services: app.server.services });
const sweep = (opts: { limit?: number } = {}) => sweepServiceLevels(deps(), opts);
const RESPOND = DISPOSITION_ACTION("respond", "RespondInput");

const q = <T = Record<string, unknown>>(text: TemplateStringsArray, ...params: unknown[]) =>
  query<T>(app.orm.em.fork(), sql(text, ...params));
const key = (globalId: string) => Number(fromGlobalId(globalId)?.key);

interface EventRow {
  type: string;
  actorRole: string;
  agencyId: number | null;
  dispositionId: number | null;
  note: string | null;
  internal: boolean;
}
const events = (reportId: number, type: string) =>
  q<EventRow>`select type, actor_role as "actorRole", agency_id as "agencyId", disposition_id as "dispositionId",
    note, internal from report_event where report_id = ${reportId} and type = ${type} order by id`;

async function submit() {
  const res = await app.gql(SUBMIT, { input: reportInput() });
  const s = res.data.submitReport;
  return { id: key(s.report.id), globalId: s.report.id as string, trackingId: s.trackingId, accessCode: s.accessCode };
}

/** A report disposed to Bandung and accepted, with its disposition's key. */
async function accepted() {
  const s = await submit();
  const v = await app.gql(
    VERIFY,
    { input: { reportId: s.globalId, categoryId: app.fx.categories.road, agencyIds: [app.fx.agencies.bandung] } },
    app.fx.tokens.verifier,
  );
  const dispositionId = v.data.verifyReport.report.dispositions[0].id as string;
  await app.gql(ACCEPT, { input: { dispositionId } }, app.fx.tokens.bandungOp);
  return { ...s, dispositionId, disposition: key(dispositionId) };
}

/** Time passes: the disposition's deadline (and so the report's) was an hour ago. */
async function overdue(r: { id: number; disposition: number }) {
  await q`update disposition set due_at = now() - interval '1 hour' where id = ${r.disposition}`;
  await q`update report set due_at = now() - interval '1 hour' where id = ${r.id}`;
}

const escalation = async (disposition: number) =>
  (
    await q<{ level: number; escalatedAt: Date | null; nationalAt: Date | null }>`
      select escalation_level as level, escalated_at as "escalatedAt", escalate_national_at as "nationalAt"
      from disposition where id = ${disposition}`
  )[0];

describe("escalation of overdue dispositions", () => {
  it("tells the agency admins first, then the national admins, once each", async () => {
    const r = await accepted();
    const other = await accepted();
    expect(await sweep()).toMatchObject({ escalated: 0, escalatedNational: 0 });
    await overdue(r);

    expect(await sweep()).toMatchObject({ escalated: 1, escalatedNational: 0, more: false });
    expect(await events(r.id, "ESCALATED")).toEqual([
      {
        type: "ESCALATED",
        actorRole: "SYSTEM",
        agencyId: app.fx.agencyKeys.bandung,
        dispositionId: r.disposition,
        note: "Batas waktu tindak lanjut terlewati; dieskalasi ke admin instansi.",
        internal: true,
      },
    ]);
    const e1 = await escalation(r.disposition);
    expect(e1.level).toBe(1);
    // National admins are due ESCALATION_NATIONAL (2) working days after the agency admins were told.
    expect(e1.nationalAt?.toISOString()).toBe(
      (
        await app.server.services.serviceLevels.dueAt(ServiceLevelStep.ESCALATION_NATIONAL, e1.escalatedAt as Date)
      ).toISOString(),
    );
    expect(await events(other.id, "ESCALATED")).toEqual([]);

    // Not yet two working days later: nothing more.
    expect(await sweep()).toMatchObject({ escalated: 0, escalatedNational: 0 });
    expect(await events(r.id, "ESCALATED")).toHaveLength(1);

    await q`update disposition set escalate_national_at = now() - interval '1 minute' where id = ${r.disposition}`;
    expect(await sweep()).toMatchObject({ escalated: 0, escalatedNational: 1 });
    const all = await events(r.id, "ESCALATED");
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ actorRole: "SYSTEM", agencyId: null, dispositionId: r.disposition });
    expect(all[1].note).toMatch(/admin nasional/);
    expect((await escalation(r.disposition)).level).toBe(2);

    expect(await sweep()).toMatchObject({ escalated: 0, escalatedNational: 0 });
    expect(await events(r.id, "ESCALATED")).toHaveLength(2);
  });

  it("shows the escalation state to the handling agency and verifiers only, and filters by it", async () => {
    const r = await accepted();
    const quiet = await accepted();
    await overdue(r);
    await overdue(quiet);
    await sweep();
    await q`update disposition set escalation_level = 0, escalated_due_at = null, escalated_at = null,
      escalate_national_at = null where id = ${quiet.disposition}`;
    const LIST = `query($filter: DispositionFilter) { dispositions(filter: $filter, first: 50) {
      totalCount nodes: edges { node { id overdue escalation escalatedAt nationalEscalationDueAt } } } }`;
    const agencyAdmins = { escalations: ["AGENCY_ADMINS"], overdue: true };
    const asVerifier = await app.gql(LIST, { filter: agencyAdmins }, app.fx.tokens.verifier);
    const nodes = asVerifier.data.dispositions.nodes.map((e: { node: { id: string } }) => e.node);
    const e1 = await escalation(r.disposition);
    // Other tests of this file leave escalated dispositions behind: look at this test's two.
    const ours = (list: { id: string }[]) => list.filter((d) => [r.dispositionId, quiet.dispositionId].includes(d.id));
    expect(ours(nodes)).toEqual([
      {
        id: r.dispositionId,
        overdue: true,
        escalation: "AGENCY_ADMINS",
        escalatedAt: e1.escalatedAt?.toISOString(),
        nationalEscalationDueAt: e1.nationalAt?.toISOString(),
      },
    ]);
    const none = await app.gql(LIST, { filter: { escalations: ["NONE"], overdue: true } }, app.fx.tokens.bandungOp);
    expect(ours(none.data.dispositions.nodes.map((e: { node: { id: string } }) => e.node))).toEqual([
      expect.objectContaining({ id: quiet.dispositionId, escalation: "NONE" }),
    ]);
    expect((await app.gql(LIST, { filter: agencyAdmins }, app.fx.tokens.kemenkesOp)).data.dispositions.totalCount).toBe(
      0,
    );

    // National admins told: level 2, no further national deadline.
    await q`update disposition set escalate_national_at = now() - interval '1 minute' where id = ${r.disposition}`;
    await sweep();
    const national = await app.gql(LIST, { filter: { escalations: ["NATIONAL_ADMINS"] } }, app.fx.tokens.bandungOp);
    expect(ours(national.data.dispositions.nodes.map((e: { node: { id: string } }) => e.node))).toEqual([
      expect.objectContaining({ id: r.dispositionId, escalation: "NATIONAL_ADMINS", nationalEscalationDueAt: null }),
    ]);

    // The public reads the report's dispositions without their escalation; a new deadline starts again at NONE.
    const TRACK_D = `query($t: String!) { trackReport(trackingId: $t) { dispositions { escalation escalatedAt } } }`;
    await q`update report set verified_at = coalesce(verified_at, now()) where id = ${r.id}`;
    const pub = await app.gql(TRACK_D, { t: r.trackingId });
    expect(pub.data.trackReport.dispositions).toEqual([{ escalation: null, escalatedAt: null }]);
    await q`update disposition set due_at = now() + interval '1 day' where id = ${r.disposition}`;
    const moved = await app.gql(LIST, { filter: { escalations: ["NONE"] } }, app.fx.tokens.bandungOp);
    expect(ours(moved.data.dispositions.nodes.map((e: { node: { id: string } }) => e.node))).toEqual([
      expect.objectContaining({ id: r.dispositionId, escalation: "NONE", escalatedAt: null }),
    ]);
  });

  it("starts over when the deadline moves, and stops once the agency has responded", async () => {
    const r = await accepted();
    await overdue(r);
    await sweep();
    // A new deadline (as after a dispute), also missed: escalated again, from level 1.
    await q`update disposition set due_at = now() - interval '10 minutes' where id = ${r.disposition}`;
    expect(await sweep()).toMatchObject({ escalated: 1 });
    expect((await escalation(r.disposition)).level).toBe(1);
    expect(await events(r.id, "ESCALATED")).toHaveLength(2);

    await app.gql(
      RESPOND,
      { input: { dispositionId: r.dispositionId, body: "Jalan sudah ditambal oleh tim pemeliharaan pada hari ini." } },
      app.fx.tokens.bandungOp,
    );
    await q`update disposition set escalate_national_at = now() - interval '1 minute' where id = ${r.disposition}`;
    expect(await sweep()).toMatchObject({ escalated: 0, escalatedNational: 0 });
  });

  it("never escalates twice when two sweeps run at once", async () => {
    const r = await accepted();
    await overdue(r);
    const results = await Promise.all([sweep(), sweep(), sweep()]);
    expect(results.reduce((n, x) => n + x.escalated, 0)).toBe(1);
    expect(await events(r.id, "ESCALATED")).toHaveLength(1);

    await q`update disposition set escalate_national_at = now() - interval '1 minute' where id = ${r.disposition}`;
    const again = await Promise.all([sweep(), sweep()]);
    expect(again.reduce((n, x) => n + x.escalatedNational, 0)).toBe(1);
    expect(await events(r.id, "ESCALATED")).toHaveLength(2);
  });

  it("works in batches", async () => {
    const a = await accepted();
    const b = await accepted();
    await overdue(a);
    await overdue(b);
    expect(await sweep({ limit: 1 })).toMatchObject({ escalated: 1, more: true });
    expect(await sweep({ limit: 1 })).toMatchObject({ escalated: 1, more: true });
    expect(await sweep({ limit: 1 })).toMatchObject({ escalated: 0, more: false });
    expect((await events(a.id, "ESCALATED")).length + (await events(b.id, "ESCALATED")).length).toBe(2);
  });
});

describe("verification deadline", () => {
  it("tells the national admins once when a report waits past it", async () => {
    const s = await submit();
    await sweep();
    expect(await events(s.id, "ESCALATED")).toEqual([]);
    await q`update report set due_at = now() - interval '1 hour' where id = ${s.id}`;
    const [first, second] = await Promise.all([sweep(), sweep()]);
    expect(first.verificationEscalated + second.verificationEscalated).toBe(1);
    expect(await events(s.id, "ESCALATED")).toEqual([
      {
        type: "ESCALATED",
        actorRole: "SYSTEM",
        agencyId: null,
        dispositionId: null,
        note: "Batas waktu verifikasi terlewati; dieskalasi ke admin nasional.",
        internal: true,
      },
    ]);
    expect(await sweep()).toMatchObject({ verificationEscalated: 0 });
    // The reporter and the public do not see internal escalations.
    const track = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    expect(track.data.trackReport.timeline.map((e: { type: string }) => e.type)).toEqual(["SUBMITTED"]);
  });
});

describe("the reply window", () => {
  async function responded() {
    const r = await accepted();
    const res = await app.gql(
      RESPOND,
      { input: { dispositionId: r.dispositionId, body: "Jalan sudah ditambal oleh tim pemeliharaan pada hari ini." } },
      app.fx.tokens.bandungOp,
    );
    expect(res.data.respond.disposition.report.status).toBe("RESPONDED");
    return r;
  }

  it("resolves a RESPONDED report as AUTO_CLOSED once it passes, exactly once", async () => {
    const r = await responded();
    const waiting = await responded();
    expect(await sweep()).toMatchObject({ autoClosed: 0 });
    await q`update report set due_at = now() - interval '1 minute' where id = ${r.id}`;

    const results = await Promise.all([sweep(), sweep()]);
    expect(results.reduce((n, x) => n + x.autoClosed, 0)).toBe(1);
    const [row] = await q<{ status: string; resolution: string; resolvedAt: Date | null; dueAt: Date | null }>`
      select status, resolution, resolved_at as "resolvedAt", due_at as "dueAt" from report where id = ${r.id}`;
    expect(row).toMatchObject({ status: "RESOLVED", resolution: "AUTO_CLOSED", dueAt: null });
    expect(row.resolvedAt).toBeInstanceOf(Date);
    expect(await q`select status from disposition where report_id = ${r.id}`).toEqual([{ status: "CLOSED" }]);
    expect(await events(r.id, "AUTO_CLOSED")).toEqual([
      {
        type: "AUTO_CLOSED",
        actorRole: "SYSTEM",
        agencyId: null,
        dispositionId: null,
        note: "Ditutup otomatis: pelapor tidak menanggapi tindak lanjut dalam batas waktu.",
        internal: false,
      },
    ]);
    const track = await app.gql(TRACK, { t: r.trackingId, c: r.accessCode });
    expect(track.data.trackReport).toMatchObject({ status: "RESOLVED", resolution: "AUTO_CLOSED" });
    expect(track.data.trackReport.timeline.at(-1)).toMatchObject({ type: "AUTO_CLOSED", actorRole: "SYSTEM" });

    const [still] = await q<{ status: string }>`select status from report where id = ${waiting.id}`;
    expect(still.status).toBe("RESPONDED");
  });
});

describe("through the job queue", () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  it("runs the sweep as a graphile-worker job", async () => {
    const r = await accepted();
    await overdue(r);
    // The module as registered (without its every-minute cron line, which would race the job added below).
    const module: JobModule = { ...serviceLevelJobs, crontab: [] };
    const worker = await startWorker(deps(), app.databaseUrl, [module], { concurrency: 1, pollInterval: 200 });
    stop = worker.stop;
    await worker.runner.addJob(SLA_SWEEP_TASK, {}, { queueName: "sla", jobKey: SLA_SWEEP_TASK });
    for (let i = 0; i < 100 && (await events(r.id, "ESCALATED")).length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await events(r.id, "ESCALATED")).toHaveLength(1);
    // The job is done and gone (a failed one would stay with its error).
    for (let i = 0; i < 50; i++) {
      const [{ n }] = await q<{ n: number }>`select count(*)::int as n from graphile_worker.jobs`;
      if (n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await q`select task_identifier, last_error from graphile_worker.jobs`).toEqual([]);
  });
});
