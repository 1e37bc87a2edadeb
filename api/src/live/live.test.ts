import { SignJWT } from "jose";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { PASSWORD } from "../../test/factories";
import { eventually, subscribe, wsClient } from "../../test/live";
import { ACCEPT, POST_MESSAGE, reportInput, SUBMIT, SUPPORT, VERIFY } from "../../test/operations";
import { MAX_SUBSCRIPTIONS_PER_CONNECTION } from "./ws";

const app = useTestApp();

const EVENTS = `subscription($t: String!, $c: String) { reportEvents(trackingId: $t, accessCode: $c) {
  id type status fromStatus actorRole actorName note report { id status title body reporter { name email phone } } } }`;
const DISPOSITIONS = `subscription { dispositionUpdates { id status instruction agency { name } report { id title status } } }`;
const QUEUE = `subscription { verificationQueueUpdates { id trackingId status title reporter { name email } } }`;

const clients: ReturnType<typeof wsClient>[] = [];
function client(token?: string) {
  const c = wsClient(app.url, token);
  clients.push(c);
  return c;
}
afterAll(async () => {
  for (const c of clients) await c.dispose();
});

async function submit(over: Record<string, unknown> = {}) {
  const r = await app.gql(SUBMIT, { input: reportInput(over) });
  expect(r.errors).toBeUndefined();
  expect(r.data.submitReport.userErrors).toEqual([]);
  // Subscribers that join after this see only what follows the submission.
  await app.server.relay!.drain();
  await app.server.services.hub.idle();
  return r.data.submitReport as { trackingId: string; accessCode: string; report: { id: string } };
}

async function verifyTo(reportId: string, agencies: string[], instruction = "Mohon ditindaklanjuti segera.") {
  const v = await app.gql(
    VERIFY,
    { input: { reportId, categoryId: app.fx.categories.road, agencyIds: agencies, instruction } },
    app.fx.tokens.verifier,
  );
  expect(v.data.verifyReport.userErrors).toEqual([]);
  return v.data.verifyReport.report;
}

describe("reportEvents", () => {
  it("gives each subscriber exactly the visibility of trackReport, and never an anonymous reporter's identity", async () => {
    const s = await submit({ anonymous: true, confidential: true, reporter: { email: "pelapor.rahasia@example.id" } });
    const vars = { t: s.trackingId };
    const feeds = {
      public: subscribe(client(), EVENTS, vars),
      wrongCode: subscribe(client(), EVENTS, { ...vars, c: "AAAAAAAAAAAAAAAA" }),
      reporter: subscribe(client(), EVENTS, { ...vars, c: s.accessCode }),
      handler: subscribe(client(app.fx.tokens.bandungOp), EVENTS, vars),
      otherAgency: subscribe(client(app.fx.tokens.kemenkesOp), EVENTS, vars),
      verifier: subscribe(client(app.fx.tokens.verifier), EVENTS, vars),
    };
    await eventually(() => app.server.services.hub.size >= 6);

    const report = await verifyTo(s.report.id, [app.fx.agencies.bandung]);
    const internal = await app.gql(
      POST_MESSAGE,
      { input: { reportId: s.report.id, body: "Catatan internal: cek lokasi besok.", visibility: "INTERNAL" } },
      app.fx.tokens.bandungOp,
    );
    expect(internal.data.postMessage.userErrors).toEqual([]);
    const accepted = await app.gql(
      ACCEPT,
      { input: { dispositionId: report.dispositions[0].id } },
      app.fx.tokens.bandungOp,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptDisposition.userErrors).toEqual([]);

    // Everyone sees VERIFIED, DISPOSED and ACCEPTED (status changes); only handlers and verifiers the internal note.
    const types = async (f: (typeof feeds)[keyof typeof feeds], n: number) => {
      await f.nth(n);
      return f.results.map((r) => {
        expect(r.errors).toBeUndefined();
        return r.data.reportEvents;
      });
    };
    const pub = await types(feeds.public, 3);
    const wrong = await types(feeds.wrongCode, 3);
    const mine = await types(feeds.reporter, 3);
    const handler = await types(feeds.handler, 4);
    const other = await types(feeds.otherAgency, 3);
    const verifier = await types(feeds.verifier, 4);

    expect(pub.map((e) => e.type)).toEqual(["VERIFIED", "DISPOSED", "ACCEPTED"]);
    expect(handler.map((e) => e.type)).toEqual(["VERIFIED", "DISPOSED", "MESSAGE_POSTED", "ACCEPTED"]);
    expect(verifier.map((e) => e.type)).toEqual(handler.map((e) => e.type));
    expect(mine.map((e) => e.type)).toEqual(pub.map((e) => e.type));

    // Confidential: no content for the public, a wrong code, or another agency; status only.
    for (const e of [...pub, ...wrong, ...other]) {
      expect(e.note).toBeNull();
      expect(e.actorName).toBeNull();
      expect(e.report.title).toBeNull();
      expect(e.report.body).toBeNull();
      expect(e.report.reporter).toBeNull();
    }
    expect(pub.at(-1).report.status).toBe("IN_PROGRESS");
    // The reporter sees their report and their own contact.
    expect(mine[0].report.title).toBe(reportInput().title);
    expect(mine[0].report.reporter).toEqual({ name: null, email: "pelapor.rahasia@example.id", phone: null });
    // The handling agency sees content, staff names and the instruction, but not who reported.
    expect(handler[0].report.title).toBe(reportInput().title);
    expect(handler[2]).toMatchObject({ type: "MESSAGE_POSTED", actorName: "Test bandungOp" });
    expect(handler[0].actorName).toBe("Test verifier");
    for (const e of [...handler, ...verifier]) expect(e.report.reporter).toBeNull();
    // Nowhere in any payload does the reporter's contact appear, except the reporter's own.
    const leaked = JSON.stringify([pub, wrong, handler, other, verifier]);
    expect(leaked).not.toContain("pelapor.rahasia");

    for (const f of Object.values(feeds)) f.stop();
  });

  it("resolves each event once per visibility class, not once per subscriber", async () => {
    const s = await submit();
    const c = client();
    const feeds = Array.from({ length: 8 }, () => subscribe(c, EVENTS, { t: s.trackingId }));
    const reporter = subscribe(client(), EVENTS, { t: s.trackingId, c: s.accessCode });
    await eventually(() => app.server.services.hub.size >= 9);
    const before = { ...app.server.services.hub.stats };
    await verifyTo(s.report.id, [app.fx.agencies.bandung]);
    for (const f of [...feeds, reporter]) await f.nth(2);
    const after = app.server.services.hub.stats;
    // Two events (VERIFIED, DISPOSED) x two classes (public, reporter) = four report resolutions.
    expect(after.events - before.events).toBe(2);
    expect(after.resolutions - before.resolutions).toBe(4);
    for (const f of [...feeds, reporter]) f.stop();
  });

  it("shares an execution only between subscribers whose answers cannot differ", async () => {
    const s = await submit();
    await verifyTo(s.report.id, [app.fx.agencies.bandung]);
    const supported = await app.gql(SUPPORT, { input: { reportId: s.report.id } }, app.fx.tokens.citizen);
    expect(supported.data.supportReport.userErrors).toEqual([]);
    await app.server.relay?.drain();
    await app.server.services.hub.idle();
    const SUPPORTED = `subscription($t: String!) { reportEvents(trackingId: $t) { type report { title viewerHasSupported } } }`;
    const anonymous = Array.from({ length: 5 }, () => subscribe(client(), SUPPORTED, { t: s.trackingId }));
    const citizen = subscribe(client(app.fx.tokens.citizen), SUPPORTED, { t: s.trackingId });
    const other = subscribe(client(app.fx.tokens.citizen2), SUPPORTED, { t: s.trackingId });
    await eventually(() => app.server.services.hub.size >= 7);
    const posted = await app.gql(
      POST_MESSAGE,
      { input: { reportId: s.report.id, body: "Petugas sudah dijadwalkan.", visibility: "PUBLIC" } },
      app.fx.tokens.bandungOp,
    );
    expect(posted.data.postMessage.userErrors).toEqual([]);
    for (const f of anonymous) expect((await f.nth(1)).data.reportEvents.report.viewerHasSupported).toBe(false);
    expect((await citizen.nth(1)).data.reportEvents.report.viewerHasSupported).toBe(true);
    expect((await other.nth(1)).data.reportEvents.report.viewerHasSupported).toBe(false);
    for (const f of [...anonymous, citizen, other]) f.stop();
  });

  it("delivers an event only once its transaction commits", async () => {
    const s = await submit();
    const feed = subscribe(client(), EVENTS, { t: s.trackingId });
    await eventually(() => app.server.services.hub.size >= 1);
    const pg = new Client({ connectionString: app.databaseUrl });
    await pg.connect();
    try {
      const id = await pg.query<{ id: number }>("select id from report where tracking_id = $1", [s.trackingId]);
      await pg.query("begin");
      await pg.query(
        `insert into report_event (report_id, type, from_status, status, actor_role) values ($1, 'ESCALATED', 'SUBMITTED', 'SUBMITTED', 'SYSTEM')`,
        [id.rows[0].id],
      );
      // The relay polls every second and is woken by NOTIFY at commit: give it two chances to misbehave.
      await app.server.relay!.drain();
      await new Promise((r) => setTimeout(r, 1500));
      expect(feed.results).toHaveLength(0);
      await pg.query("commit");
      const r = await feed.nth(1);
      expect(r.data.reportEvents).toMatchObject({ type: "ESCALATED", actorRole: "SYSTEM" });
    } finally {
      await pg.end();
      feed.stop();
    }
  });

  it("refuses an unknown tracking ID", async () => {
    const feed = subscribe(client(), EVENTS, { t: "ADU-0000-0000" });
    await feed.done;
    expect(feed.results[0].errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });
});

describe("dispositionUpdates", () => {
  it("reaches only the agency (and parent agency) the disposition belongs to", async () => {
    const bandung = subscribe(client(app.fx.tokens.bandungOp), DISPOSITIONS);
    const unit = subscribe(client(app.fx.tokens.unitOp), DISPOSITIONS);
    const kemenkes = subscribe(client(app.fx.tokens.kemenkesOp), DISPOSITIONS);
    await eventually(() => app.server.services.hub.size >= 3);
    const s = await submit({ anonymous: true });
    await verifyTo(s.report.id, [app.fx.agencies.bandung]);
    const s2 = await submit({ title: "Obat kosong di puskesmas" });
    await verifyTo(s2.report.id, [app.fx.agencies.kemenkes]);

    const b = (await bandung.nth(1)).data.dispositionUpdates;
    expect(b).toMatchObject({
      status: "PENDING",
      agency: { name: "Pemerintah Kota Bandung" },
      instruction: "Mohon ditindaklanjuti segera.",
    });
    expect(b.report.title).toBe(reportInput().title);
    const k = (await kemenkes.nth(1)).data.dispositionUpdates;
    expect(k.agency.name).toBe("Kementerian Kesehatan");
    expect(k.report.title).toBe("Obat kosong di puskesmas");
    // Each saw only its own; the unit saw neither (its parent's dispositions are not its own).
    expect(bandung.results).toHaveLength(1);
    expect(kemenkes.results).toHaveLength(1);
    expect(unit.results).toHaveLength(0);
    for (const f of [bandung, unit, kemenkes]) f.stop();
  });

  it("requires agency staff or a verifier", async () => {
    for (const token of [undefined, app.fx.tokens.citizen, app.fx.tokens.analyst]) {
      const feed = subscribe(client(token), DISPOSITIONS);
      await feed.done;
      expect(feed.results[0].errors?.[0].extensions?.code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
  });
});

describe("verificationQueueUpdates", () => {
  it("tells verifiers of reports arriving in and leaving SUBMITTED, and no one else", async () => {
    const queue = subscribe(client(app.fx.tokens.verifier), QUEUE);
    const refused = subscribe(client(app.fx.tokens.bandungAdmin), QUEUE);
    await refused.done;
    expect(refused.results[0].errors?.[0].extensions?.code).toBe("FORBIDDEN");
    await eventually(() => app.server.services.hub.size >= 1);
    const s = await submit({ anonymous: true, reporter: { email: "x@example.id" } });
    const arrived = (await queue.nth(1)).data.verificationQueueUpdates;
    expect(arrived).toMatchObject({ trackingId: s.trackingId, status: "SUBMITTED", title: reportInput().title });
    // Verifiers never learn who an anonymous reporter is.
    expect(arrived.reporter).toBeNull();
    await verifyTo(s.report.id, [app.fx.agencies.bandung]);
    expect((await queue.nth(2)).data.verificationQueueUpdates.status).toBe("DISPOSED");
    queue.stop();
  });
});

describe("connections", () => {
  it("closes with 4403 for a bad token, and when a token expires", async () => {
    const bad = client(`${app.fx.tokens.verifier.slice(0, -4)}AAAA`);
    expect(await bad.closed).toBe(4403);

    const soon = Math.floor(Date.now() / 1000) + 2;
    const payload = JSON.parse(Buffer.from(app.fx.tokens.verifier.split(".")[1], "base64url").toString());
    const short = await new SignJWT({ ...payload, exp: soon })
      .setProtectedHeader({ alg: "HS256" })
      .sign(app.config.keys.tokenSecret);
    const expiring = client(short);
    const feed = subscribe(expiring, QUEUE);
    expect(await expiring.closed).toBe(4403);
    expect(feed.results.filter((r) => r.data)).toHaveLength(0);
  });

  it("closes a session's sockets with 4403 when it signs out", async () => {
    const login = await app.gql(
      `mutation($input: LogInInput!) { logIn(input: $input) { token userErrors { message } } }`,
      { input: { email: "verifier@test.aduan.id", password: PASSWORD } },
    );
    const token = login.data.logIn.token as string;
    const socket = client(token);
    const feed = subscribe(socket, QUEUE);
    await eventually(() => app.server.services.hub.size >= 1);
    const out = await app.gql(`mutation { logOut { ok } }`, {}, token);
    expect(out.data.logOut.ok).toBe(true);
    expect(await socket.closed).toBe(4403);
    expect(feed.results.filter((r) => r.data)).toHaveLength(0);
  });

  it(`allows ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`, async () => {
    const s = await submit();
    const c = client();
    const feeds = Array.from({ length: MAX_SUBSCRIPTIONS_PER_CONNECTION + 1 }, () =>
      subscribe(c, EVENTS, { t: s.trackingId }),
    );
    await feeds.at(-1)!.done;
    expect(feeds.at(-1)!.results[0].errors?.[0].message).toMatch(/At most 20 subscriptions/);
    await eventually(() => app.server.services.hub.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION);
    for (const f of feeds) f.stop();
  });

  it("runs only subscriptions over WebSocket", async () => {
    const feed = subscribe(client(), `query { categories { id } }`);
    await feed.done;
    expect(feed.results[0].errors?.[0].message).toMatch(/Only subscriptions/);
  });
});
