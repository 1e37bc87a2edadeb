import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { queueDrained, startReceiver, startTestWorker, until } from "../../test/jobs";
import { reportInput, SUBMIT, VERIFY } from "../../test/operations";
import { Role } from "../common/enums";
import { fromGlobalId } from "../common/ids";
import { InputErrors } from "../common/mutation";
import { query, sql } from "../common/sql";
import { ANONYMOUS } from "../common/viewer";
import { buildContext } from "../context";
import { webhookJobs } from "./webhook.jobs";
import { createWebhook as createWebhookCommand } from "./webhook.service";
import { verifyWebhookSignature } from "./webhook.signature";

const app = useTestApp();

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) {
  secret userErrors { field message code } webhook { id url description eventTypes active agency { name } } } }`;
const UPDATE = `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) {
  userErrors { field message code } webhook { id url eventTypes active } } }`;
const DELETE = `mutation($input: WebhookIdInput!) { deleteWebhook(input: $input) {
  userErrors { field message code } webhook { id active deletedAt } } }`;
const ROTATE = `mutation($input: WebhookIdInput!) { rotateWebhookSecret(input: $input) {
  secret userErrors { field message code } webhook { id } } }`;
const LIST = `query($includeDeleted: Boolean) { webhooks(first: 50, includeDeleted: $includeDeleted) {
  totalCount nodes { id url active agency { name } } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 50) {
  totalCount nodes { id eventId eventType status attempts lastStatusCode lastError deliveredAt firstAttemptAt } } }`;

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

async function createWebhook(input: Record<string, unknown>, token = app.fx.tokens.admin) {
  const res = await app.gql(CREATE, { input }, token);
  expect(res.errors).toBeUndefined();
  expect(res.data.createWebhook.userErrors).toEqual([]);
  return res.data.createWebhook as { secret: string; webhook: { id: string } };
}

async function submitAndVerify(over: Record<string, unknown> = {}, agency = app.fx.agencies.bandung) {
  const s = await app.gql(SUBMIT, { input: reportInput(over) });
  expect(s.data.submitReport.userErrors).toEqual([]);
  // Webhooks match at fan-out: let the SUBMITTED event go out before the report has a handling agency.
  await queueDrained(app);
  const v = await app.gql(
    VERIFY,
    { input: { reportId: s.data.submitReport.report.id, categoryId: app.fx.categories.road, agencyIds: [agency] } },
    app.fx.tokens.verifier,
  );
  expect(v.data.verifyReport.userErrors).toEqual([]);
  return s.data.submitReport as { trackingId: string; report: { id: string } };
}

const payloads = (r: Receiver) => r.received.map((x) => JSON.parse(x.body));
const keyOf = (id: string) => Number(fromGlobalId(id)?.key);

describe("managing webhooks: admins all, agency admins their own agency's", () => {
  it("refuses everyone else, in the API", async () => {
    const input = { url: "https://example.org/hooks", eventTypes: ["VERIFIED"] };
    expect((await app.gql(CREATE, { input })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    for (const who of ["citizen", "bandungOp", "verifier", "analyst"] as const) {
      const res = await app.gql(CREATE, { input }, app.fx.tokens[who]);
      expect(res.errors?.[0].extensions?.code, who).toBe("FORBIDDEN");
      expect((await app.gql(LIST, {}, app.fx.tokens[who])).errors?.[0].extensions?.code, who).toBe("FORBIDDEN");
    }
    const foreign = await app.gql(
      CREATE,
      { input: { ...input, agencyId: app.fx.agencies.kemenkes } },
      app.fx.tokens.bandungAdmin,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const [{ n }] = await query<{ n: number }>(app.orm.em.fork(), sql`select count(*)::int as n from webhook`);
    expect(n).toBe(0);
  });

  it("validates the URL and the event types", async () => {
    const bad = await app.gql(
      CREATE,
      { input: { url: "ftp://example.org/x", eventTypes: ["VERIFIED", "NOT_AN_EVENT"] } },
      app.fx.tokens.admin,
    );
    expect(bad.data.createWebhook.webhook).toBeNull();
    expect(bad.data.createWebhook.secret).toBeNull();
    expect(bad.data.createWebhook.userErrors).toEqual([
      { field: ["input", "url"], message: "Enter an http:// or https:// URL", code: "INVALID" },
      { field: ["input", "eventTypes"], message: "Unknown event types: NOT_AN_EVENT", code: "INVALID" },
    ]);
    const notUrl = await app.gql(CREATE, { input: { url: "javascript:alert(1)" } }, app.fx.tokens.admin);
    expect(notUrl.data.createWebhook.userErrors[0].field).toEqual(["input", "url"]);
  });

  it("requires https in production", async () => {
    const services = { ...app.server.services, config: { ...app.config, NODE_ENV: "production" as const } };
    const viewer = { ...ANONYMOUS, userId: app.fx.users.admin.id, roles: [Role.ADMIN] };
    const ctx = buildContext(services, app.orm.em.fork(), viewer, []);
    const refused = await createWebhookCommand(ctx, { url: "http://example.org/hooks" }).catch((e) => e);
    expect(refused).toBeInstanceOf(InputErrors);
    expect((refused as InputErrors).errors).toEqual([
      { field: ["input", "url"], message: "Use an https:// URL", code: "INVALID" },
    ]);
    const ok = await createWebhookCommand(ctx, { url: "https://example.org/hooks" });
    await query(
      app.orm.em.fork(),
      sql`update webhook set active = false, deleted_at = now() where id = ${ok.webhookId}`,
    );
  });

  it("scopes an agency admin's webhook to their agency and hides it from other agencies", async () => {
    const own = await createWebhook({ url: "https://bandung.example.org/hooks" }, app.fx.tokens.bandungAdmin);
    const global = await createWebhook({ url: "https://civic.example.org/hooks", description: "Civic app" });
    expect(own.secret).toMatch(/^whsec_/);
    try {
      const mine = await app.gql(LIST, {}, app.fx.tokens.bandungAdmin);
      expect(mine.data.webhooks.nodes).toEqual([
        {
          id: own.webhook.id,
          url: "https://bandung.example.org/hooks",
          active: true,
          agency: { name: "Pemerintah Kota Bandung" },
        },
      ]);
      const all = await app.gql(LIST, {}, app.fx.tokens.admin);
      expect(all.data.webhooks.nodes.map((w: { id: string }) => w.id)).toEqual([global.webhook.id, own.webhook.id]);

      // Another agency's admin cannot see, change, rotate or read the log of it.
      const k = app.fx.tokens.kemenkesAdmin;
      expect((await app.gql(LIST, {}, k)).data.webhooks.nodes).toEqual([]);
      for (const [doc, input] of [
        [UPDATE, { webhookId: own.webhook.id, active: false }],
        [DELETE, { webhookId: own.webhook.id }],
        [ROTATE, { webhookId: own.webhook.id }],
      ] as const) {
        expect((await app.gql(doc, { input }, k)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
      }
      expect((await app.gql(DELIVERIES, { id: own.webhook.id }, k)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
      // Nor an admin-made global one.
      const g = await app.gql(
        UPDATE,
        { input: { webhookId: global.webhook.id, active: false } },
        app.fx.tokens.bandungAdmin,
      );
      expect(g.errors?.[0].extensions?.code).toBe("NOT_FOUND");

      const up = await app.gql(
        UPDATE,
        { input: { webhookId: own.webhook.id, eventTypes: ["RESPONDED", "RESPONDED"], url: "http://10.1.2.3/x" } },
        app.fx.tokens.bandungAdmin,
      );
      expect(up.data.updateWebhook).toEqual({
        userErrors: [],
        webhook: { id: own.webhook.id, url: "http://10.1.2.3/x", eventTypes: ["RESPONDED"], active: true },
      });
      const rotated = await app.gql(ROTATE, { input: { webhookId: own.webhook.id } }, app.fx.tokens.bandungAdmin);
      expect(rotated.data.rotateWebhookSecret.secret).toMatch(/^whsec_/);
      expect(rotated.data.rotateWebhookSecret.secret).not.toBe(own.secret);
    } finally {
      for (const id of [own.webhook.id, global.webhook.id]) {
        const del = await app.gql(DELETE, { input: { webhookId: id } }, app.fx.tokens.admin);
        expect(del.data.deleteWebhook.webhook).toMatchObject({ id, active: false });
      }
    }
    // Deleted: gone from the list (unless asked for), and cannot be changed any more.
    expect((await app.gql(LIST, {}, app.fx.tokens.admin)).data.webhooks.totalCount).toBe(0);
    const withDeleted = await app.gql(LIST, { includeDeleted: true }, app.fx.tokens.admin);
    expect(withDeleted.data.webhooks.nodes.map((w: { id: string }) => w.id)).toEqual(
      expect.arrayContaining([own.webhook.id, global.webhook.id]),
    );
    const again = await app.gql(UPDATE, { input: { webhookId: own.webhook.id, active: true } }, app.fx.tokens.admin);
    expect(again.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("delivering events (real receivers, real job worker)", () => {
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  const receivers: Receiver[] = [];
  const hooks: string[] = [];
  beforeAll(async () => {
    // A small retry base: the schedule is the real one, in milliseconds instead of seconds.
    worker = await startTestWorker(app, [webhookJobs], { WEBHOOK_RETRY_BASE_MS: 20 });
  });
  afterAll(async () => {
    await worker?.stop();
    for (const r of receivers) await r.close();
  });

  async function hookWithReceiver(
    input: Record<string, unknown>,
    token = app.fx.tokens.admin,
    answer?: (n: number) => number,
  ) {
    const receiver = await startReceiver(answer);
    receivers.push(receiver);
    const w = await createWebhook({ url: receiver.url, ...input }, token);
    hooks.push(w.webhook.id);
    return { receiver, ...w };
  }

  /** Each test's webhooks stop at its end, so later tests' events do not reach them. */
  async function stopHooks() {
    for (const id of hooks.splice(0)) await app.gql(DELETE, { input: { webhookId: id } }, app.fx.tokens.admin);
  }

  it("signs each delivery; the receiver verifies it with the secret it was shown", async () => {
    const { receiver, secret, webhook } = await hookWithReceiver({ eventTypes: ["VERIFIED"] });
    try {
      const s = await submitAndVerify();
      const got = await until(() => receiver.received[0], "the delivery");
      expect(got.headers["content-type"]).toBe("application/json");
      expect(verifyWebhookSignature(secret, got.body, got.headers["x-aduan-signature"] as string)).toBe(true);
      expect(verifyWebhookSignature("whsec_wrong", got.body, got.headers["x-aduan-signature"] as string)).toBe(false);
      const body = JSON.parse(got.body);
      expect(got.headers["x-aduan-event-id"]).toBe(body.eventId);
      expect(got.headers["x-aduan-delivery"]).toBe(body.id);
      expect(body).toMatchObject({
        type: "VERIFIED",
        fromStatus: "SUBMITTED",
        report: {
          id: s.report.id,
          trackingId: s.trackingId,
          kind: "COMPLAINT",
          title: "Jalan berlubang di Jl. Setiabudi",
          categoryId: app.fx.categories.road,
          regionCode: "32.73",
        },
      });
      // Never the reporter.
      expect(got.body).not.toMatch(/Siti|siti@example|reporter/);
      await queueDrained(app);
      // The same event handled again (a retried job) delivers nothing twice.
      const [e] = await query(
        app.orm.em.fork(),
        sql`select id::text as "eventId", report_id as "reportId", type, from_status as "fromStatus", status,
          actor_role as "actorRole", disposition_id as "dispositionId", agency_id as "agencyId", internal,
          created_at::text as "created" from report_event where id = ${fromGlobalId(body.eventId)?.key}::bigint`,
      );
      await worker.runner.addJob("report-event", e);
      await queueDrained(app);
      expect(receiver.received).toHaveLength(1);
      const log = await app.gql(DELIVERIES, { id: webhook.id }, app.fx.tokens.admin);
      expect(log.data.webhookDeliveries.nodes).toMatchObject([
        { eventId: body.eventId, eventType: "VERIFIED", status: "DELIVERED", attempts: 1, lastStatusCode: 200 },
      ]);
    } finally {
      await stopHooks();
    }
  });

  it("a receiver that fails three times gets the event exactly once after it recovers", async () => {
    const { receiver, webhook, secret } = await hookWithReceiver({ eventTypes: ["VERIFIED"] }, undefined, (n) =>
      n <= 3 ? 500 : 200,
    );
    try {
      await submitAndVerify();
      const delivered = await until(async () => {
        const [d] = await query<{ status: string; attempts: number; lastStatusCode: number; firstAttemptAt: Date }>(
          app.orm.em.fork(),
          sql`select status, attempts, last_status_code as "lastStatusCode", first_attempt_at as "firstAttemptAt"
            from webhook_delivery where webhook_id = ${keyOf(webhook.id)}`,
        );
        return d?.status === "DELIVERED" ? d : null;
      }, "the delivery to succeed");
      expect(delivered).toMatchObject({ attempts: 4, lastStatusCode: 200 });
      await queueDrained(app);
      expect(receiver.received.map((r) => r.status)).toEqual([500, 500, 500, 200]);
      const ids = new Set(receiver.received.map((r) => r.headers["x-aduan-event-id"]));
      expect(ids.size).toBe(1);
      expect(new Set(receiver.received.map((r) => r.headers["x-aduan-delivery"])).size).toBe(1);
      // Every attempt is signed afresh, and each signature holds.
      for (const r of receiver.received) {
        expect(verifyWebhookSignature(secret, r.body, r.headers["x-aduan-signature"] as string)).toBe(true);
      }
      const log = await app.gql(DELIVERIES, { id: webhook.id }, app.fx.tokens.admin);
      expect(log.data.webhookDeliveries.nodes).toMatchObject([
        { status: "DELIVERED", attempts: 4, lastStatusCode: 200, lastError: null },
      ]);
    } finally {
      await stopHooks();
    }
  });

  it("an agency's webhook gets its own reports' events, internal ones too, and nothing of other agencies", async () => {
    const bandung = await hookWithReceiver({}, app.fx.tokens.bandungAdmin);
    const kemenkes = await hookWithReceiver({}, app.fx.tokens.kemenkesAdmin);
    const global = await hookWithReceiver({});
    try {
      const s = await submitAndVerify();
      const [r] = await query<{ id: number }>(
        app.orm.em.fork(),
        sql`select id from report where tracking_id = ${s.trackingId}`,
      );
      // An internal event, as the service-level sweep writes it.
      await query(
        app.orm.em.fork(),
        sql`insert into report_event (report_id, type, from_status, status, actor_role, agency_id, internal)
          values (${r.id}, 'ESCALATED', 'DISPOSED', 'DISPOSED', 'SYSTEM', ${app.fx.agencyKeys.bandung}, true)`,
      );
      await until(() => payloads(bandung.receiver).some((p) => p.type === "ESCALATED"), "the escalation");
      await queueDrained(app);
      const types = (rc: Receiver) =>
        payloads(rc)
          .filter((p) => p.report.id === s.report.id)
          .map((p) => p.type)
          .sort();
      expect(types(bandung.receiver)).toEqual(["DISPOSED", "ESCALATED", "VERIFIED"]);
      expect(kemenkes.receiver.received).toEqual([]);
      // The global webhook got the public events, not the internal escalation.
      expect(types(global.receiver)).toEqual(["DISPOSED", "SUBMITTED", "VERIFIED"]);
    } finally {
      await stopHooks();
    }
  });

  it("keeps a confidential report's content and tracking ID out of a global webhook; its agency's gets them", async () => {
    const bandung = await hookWithReceiver({ eventTypes: ["VERIFIED"] }, app.fx.tokens.bandungAdmin);
    const global = await hookWithReceiver({ eventTypes: ["VERIFIED"] });
    try {
      const s = await submitAndVerify({ confidential: true, title: "Pungutan liar di kantor kelurahan" });
      const g = await until(() => payloads(global.receiver)[0], "the global delivery");
      const b = await until(() => payloads(bandung.receiver)[0], "the agency delivery");
      // Not listed publicly, so a third party cannot follow it either: its ID and status only.
      expect(g.report).toEqual({ id: s.report.id, status: expect.any(String) });
      expect(global.receiver.received[0].body).not.toMatch(/Pungutan|COMPLAINT|32\.73|ADU-/);
      expect(b.report).toMatchObject({ trackingId: s.trackingId, title: "Pungutan liar di kantor kelurahan" });
    } finally {
      await stopHooks();
    }
  });

  it("delivers nothing to a deactivated webhook, and gives up on pending deliveries when one is deleted", async () => {
    const paused = await hookWithReceiver({ eventTypes: ["VERIFIED"] });
    const down = await hookWithReceiver({ eventTypes: ["VERIFIED"] }, undefined, () => 503);
    try {
      await app.gql(UPDATE, { input: { webhookId: paused.webhook.id, active: false } }, app.fx.tokens.admin);
      await submitAndVerify();
      await until(() => down.receiver.received.length >= 2, "two failed attempts");
      await app.gql(DELETE, { input: { webhookId: down.webhook.id } }, app.fx.tokens.admin);
      const key = keyOf(down.webhook.id);
      const failed = await until(
        async () => {
          const [d] = await query<{ status: string; lastError: string }>(
            app.orm.em.fork(),
            sql`select status, last_error as "lastError" from webhook_delivery where webhook_id = ${key}`,
          );
          return d?.status === "FAILED" ? d : null;
        },
        "the delivery to be given up",
        30_000,
      );
      expect(failed.lastError).toBe("the webhook was deactivated");
      expect(paused.receiver.received).toEqual([]);
      const log = await app.gql(DELIVERIES, { id: down.webhook.id }, app.fx.tokens.admin);
      expect(log.data.webhookDeliveries.nodes[0]).toMatchObject({ status: "FAILED" });
      expect(log.data.webhookDeliveries.nodes[0].attempts).toBeGreaterThanOrEqual(2);
    } finally {
      await stopHooks();
    }
  });

  it("records a receiver that does not answer in time as a failed attempt", async () => {
    await worker.stop();
    worker = await startTestWorker(app, [webhookJobs], { WEBHOOK_RETRY_BASE_MS: 60_000, WEBHOOK_TIMEOUT_MS: 200 });
    // Accepts the connection, never answers.
    const silent = http.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const never = { url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/` };
    try {
      const w = await createWebhook({ url: never.url, eventTypes: ["VERIFIED"] });
      hooks.push(w.webhook.id);
      await submitAndVerify();
      const d = await until(async () => {
        const [row] = await query<{ status: string; attempts: number; lastError: string | null; next: Date | null }>(
          app.orm.em.fork(),
          sql`select status, attempts, last_error as "lastError", next_attempt_at as next from webhook_delivery
            where webhook_id = ${keyOf(w.webhook.id)}`,
        );
        return row?.attempts === 1 ? row : null;
      }, "the first attempt");
      expect(d).toMatchObject({ status: "PENDING", lastError: "no answer within 200 ms" });
    } finally {
      await stopHooks();
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("gives up after the retry window, with the last error recorded", async () => {
    await worker.stop();
    worker = await startTestWorker(app, [webhookJobs], { WEBHOOK_RETRY_BASE_MS: 20, WEBHOOK_RETRY_WINDOW_MS: 300 });
    const { receiver, webhook } = await hookWithReceiver({ eventTypes: ["VERIFIED"] }, undefined, () => 500);
    try {
      await submitAndVerify();
      const key = keyOf(webhook.id);
      const d = await until(async () => {
        const [row] = await query<{ status: string; attempts: number; lastError: string; firstAttemptAt: Date }>(
          app.orm.em.fork(),
          sql`select status, attempts, last_error as "lastError", first_attempt_at as "firstAttemptAt"
            from webhook_delivery where webhook_id = ${key}`,
        );
        return row?.status === "FAILED" ? row : null;
      }, "the delivery to fail");
      expect(d.lastError).toBe("HTTP 500");
      expect(d.attempts).toBe(receiver.received.length);
      expect(d.attempts).toBeGreaterThan(2);
    } finally {
      await stopHooks();
    }
  });
});

describe("node(id)", () => {
  it("resolves node(id) for those who manage the webhook, null for everyone else", async () => {
    const { webhook } = await createWebhook(
      { url: "https://hooks.example.id/bandung", eventTypes: [], agencyId: app.fx.agencies.bandung },
      app.fx.tokens.bandungAdmin,
    );
    const NODE = `query($id: ID!) { node(id: $id) { id ... on Webhook { url } } }`;
    for (const token of [app.fx.tokens.admin, app.fx.tokens.bandungAdmin]) {
      const r = await app.gql(NODE, { id: webhook.id }, token);
      expect(r.data.node).toEqual({ id: webhook.id, url: "https://hooks.example.id/bandung" });
    }
    for (const token of [app.fx.tokens.kemenkesAdmin, app.fx.tokens.bandungOp, app.fx.tokens.citizen, undefined]) {
      expect((await app.gql(NODE, { id: webhook.id }, token)).data.node).toBeNull();
    }
  });
});
