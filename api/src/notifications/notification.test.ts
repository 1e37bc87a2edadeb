import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { queueDrained, startReceiver, startTestWorker, until } from "../../test/jobs";
import { REJECT, reportInput, SUBMIT, VERIFY } from "../../test/operations";
import { query, sql } from "../common/sql";
import { notificationJobs } from "./notification.jobs";

const app = useTestApp();

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** The text of a received mail: headers unfolded, quoted-printable undone. */
function decode(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\r?\n[ \t]+/g, " ");
}

/** A real SMTP server; `reject` refuses recipients (as a mailbox that does not exist). */
async function startSmtp(reject = false) {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (reject) {
        const err = Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode: 550 });
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: decode(Buffer.concat(chunks).toString("utf8")),
        });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function submit(over: Record<string, unknown> = {}, token?: string) {
  const res = await app.gql(SUBMIT, { input: reportInput(over) }, token);
  expect(res.data.submitReport.userErrors).toEqual([]);
  return res.data.submitReport as { trackingId: string; accessCode: string; report: { id: string } };
}

async function verify(reportId: string) {
  const res = await app.gql(
    VERIFY,
    { input: { reportId, categoryId: app.fx.categories.road, agencyIds: [app.fx.agencies.bandung] } },
    app.fx.tokens.verifier,
  );
  expect(res.data.verifyReport.userErrors).toEqual([]);
}

const notificationsOf = (trackingId: string) =>
  query<{
    id: string;
    channel: string;
    audience: string;
    status: string;
    transport: string | null;
    attempts: number;
    lastError: string | null;
    recipientMasked: string;
    recipientSealed: string | null;
    body: string;
  }>(
    app.orm.em.fork(),
    sql`select n.id::text, n.channel, n.audience, n.status, n.transport, n.attempts, n.last_error as "lastError",
      n.recipient_masked as "recipientMasked", n.recipient_sealed as "recipientSealed", n.body
      from notification n join report r on r.id = n.report_id where r.tracking_id = ${trackingId} order by n.id`,
  );

const NOTIFICATIONS = `query($filter: NotificationFilter, $first: Int) {
  notifications(first: $first, filter: $filter) { totalCount
    nodes { id channel audience recipient subject body status transport attempts lastError report { trackingId } } } }`;

describe("reporter notifications by email (real SMTP server, real job worker)", () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    worker = await startTestWorker(app, [notificationJobs], {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Aduan <no-reply@aduan.test>",
      PUBLIC_URL: "https://aduan.example.id/",
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
  });

  it("emails the reporter when their report is verified: tracking ID, status and link; no access code, no content", async () => {
    const s = await submit();
    await verify(s.report.id);
    const mail = await until(() => smtp.mails.find((m) => m.raw.includes(s.trackingId)), "the email");
    expect(mail.to).toEqual(["siti@example.id"]);
    expect(mail.from).toBe("no-reply@aduan.test");
    expect(mail.raw).toContain(`Subject: Laporan ${s.trackingId} telah diverifikasi`);
    expect(mail.raw).toContain(`https://aduan.example.id/track/${s.trackingId}`);
    expect(mail.raw).toContain("Diteruskan ke instansi berwenang (DISPOSED)");
    expect(mail.raw).not.toContain(s.accessCode);
    expect(mail.raw).not.toContain("Jalan berlubang");
    expect(mail.raw).not.toContain("Siti");

    const [n] = await until(async () => {
      const rows = await notificationsOf(s.trackingId);
      return rows[0]?.status === "SENT" ? rows : null;
    }, "the notification to be SENT");
    expect(n).toMatchObject({ channel: "EMAIL", audience: "REPORTER", transport: "smtp", attempts: 1 });
    expect(n.recipientMasked).toBe("s***@example.id");
    // Once sent, the sealed copy of the address is gone.
    expect(n.recipientSealed).toBeNull();
  });

  it("sends nothing to an anonymous reporter who gave no contact", async () => {
    const s = await submit({ anonymous: true, reporter: null });
    await verify(s.report.id);
    await queueDrained(app);
    expect(await notificationsOf(s.trackingId)).toEqual([]);
    expect(smtp.mails.some((m) => m.raw.includes(s.trackingId))).toBe(false);
  });

  it("emails an anonymous reporter at the address they chose to give, with no name anywhere", async () => {
    const s = await submit({ anonymous: true, reporter: { name: "Siti Rahmawati", email: "anon.siti@example.id" } });
    await verify(s.report.id);
    const mail = await until(() => smtp.mails.find((m) => m.raw.includes(s.trackingId)), "the email");
    expect(mail.to).toEqual(["anon.siti@example.id"]);
    expect(mail.raw).not.toMatch(/Siti|Rahmawati/);
    const [n] = await until(async () => {
      const rows = await notificationsOf(s.trackingId);
      return rows[0]?.status === "SENT" ? rows : null;
    }, "the notification to be SENT");
    // The outbox viewer shows no part of an anonymous reporter's address.
    expect(n.recipientMasked).toBe("anonymous reporter (email)");
    const res = await app.gql(NOTIFICATIONS, { filter: { reportId: s.report.id } }, app.fx.tokens.admin);
    expect(res.errors).toBeUndefined();
    const shown = JSON.stringify(res.data.notifications);
    expect(shown).not.toMatch(/anon\.siti|@example\.id/);
    expect(res.data.notifications.nodes).toMatchObject([
      { channel: "EMAIL", audience: "REPORTER", status: "SENT", report: { trackingId: s.trackingId } },
    ]);
  });

  it("emails a signed-in reporter at their account's address; a rejection says so without the reason", async () => {
    const s = await submit({ reporter: null }, app.fx.tokens.citizen);
    const reason = "Laporan ini menyangkut perkara pidana, silakan hubungi kepolisian";
    const res = await app.gql(
      REJECT,
      { input: { reportId: s.report.id, reason, reasonCode: "OUT_OF_SCOPE" } },
      app.fx.tokens.verifier,
    );
    expect(res.data.rejectReport.userErrors).toEqual([]);
    const mail = await until(() => smtp.mails.find((m) => m.raw.includes(s.trackingId)), "the email");
    expect(mail.to).toEqual(["citizen@test.aduan.id"]);
    expect(mail.raw).toContain(`Subject: Laporan ${s.trackingId} tidak dapat diproses`);
    expect(mail.raw).toContain("(REJECTED)");
    expect(mail.raw).not.toContain("pidana");
  });

  it("tells each reporter event once, however often the event is handled again", async () => {
    const s = await submit({ reporter: { name: "Budi", email: "budi@example.id" } });
    await verify(s.report.id);
    await until(async () => (await notificationsOf(s.trackingId))[0]?.status === "SENT", "the first email");
    // Hand the same VERIFIED event to the module again, as a retried job would.
    const [e] = await query<{ eventId: string; reportId: number }>(
      app.orm.em.fork(),
      sql`select e.id::text as "eventId", e.report_id as "reportId" from report_event e join report r on r.id = e.report_id
        where r.tracking_id = ${s.trackingId} and e.type = 'VERIFIED'`,
    );
    await worker.runner.addJob("report-event", {
      ...e,
      type: "VERIFIED",
      fromStatus: "SUBMITTED",
      status: "DISPOSED",
      actorRole: "VERIFIER",
      dispositionId: null,
      agencyId: null,
      internal: false,
      createdAt: new Date().toISOString(),
    });
    await queueDrained(app);
    expect(await notificationsOf(s.trackingId)).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.raw.includes(s.trackingId))).toHaveLength(1);
  });

  it("emails the agency's admins of an escalation, and national admins when no agency is named", async () => {
    const s = await submit();
    await verify(s.report.id);
    const em = app.orm.em.fork();
    const [r] = await query<{ id: number }>(em, sql`select id from report where tracking_id = ${s.trackingId}`);
    // The events the service-level sweep writes (service-levels/sla-sweep.ts).
    await query(
      em,
      sql`insert into report_event (report_id, type, from_status, status, actor_role, agency_id, internal)
        values (${r.id}, 'ESCALATED', 'DISPOSED', 'DISPOSED', 'SYSTEM', ${app.fx.agencyKeys.bandung}, true),
               (${r.id}, 'ESCALATED', 'DISPOSED', 'DISPOSED', 'SYSTEM', null, true)`,
    );
    const staffMails = () => smtp.mails.filter((m) => m.raw.includes(`Eskalasi: laporan ${s.trackingId}`));
    await until(() => staffMails().length === 2, "two escalation emails");
    expect(
      staffMails()
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(["admin@test.aduan.id", "bandungadmin@test.aduan.id"]);
    const rows = (await notificationsOf(s.trackingId)).filter((n) => n.audience === "STAFF");
    expect(rows.map((n) => n.recipientMasked).sort()).toEqual(["a***@test.aduan.id", "b***@test.aduan.id"]);
  });
});

describe("when mail cannot be delivered", () => {
  it("records the failure without the address, and marks it FAILED after the last attempt", async () => {
    const smtp = await startSmtp(true);
    const worker = await startTestWorker(app, [notificationJobs], { SMTP_URL: smtp.url, NOTIFICATION_MAX_ATTEMPTS: 1 });
    try {
      const s = await submit({ reporter: { name: "Dewi", email: "dewi.lestari@example.id" } });
      await verify(s.report.id);
      const [n] = await until(async () => {
        const rows = await notificationsOf(s.trackingId);
        return rows[0]?.status === "FAILED" ? rows : null;
      }, "the notification to fail");
      expect(n.attempts).toBe(1);
      expect(n.lastError).toContain("d***@example.id");
      expect(n.lastError).not.toContain("dewi.lestari");
    } finally {
      await worker.stop();
      await smtp.close();
    }
  });
});

describe("without a transport (the development default)", () => {
  it("writes the message to the outbox as LOGGED and logs only its ID and masked recipient", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const worker = await startTestWorker(
      app,
      [notificationJobs],
      { SMTP_URL: undefined },
      pino({ level: "info" }, sink),
    );
    try {
      const s = await submit({ reporter: { name: "Rina", email: "rina.wati@example.id" } });
      await verify(s.report.id);
      const [n] = await until(async () => {
        const rows = await notificationsOf(s.trackingId);
        return rows[0]?.status === "LOGGED" ? rows : null;
      }, "the notification to be LOGGED");
      expect(n.transport).toBe("log");
      const line = lines.find((l) => l.includes(`"notificationId":"${n.id}"`));
      expect(line).toBeDefined();
      expect(JSON.parse(line as string)).toMatchObject({ notificationId: n.id, recipient: "r***@example.id" });
      expect(lines.join("")).not.toMatch(/rina\.wati|Rina/);
      expect(lines.join("")).not.toContain(s.trackingId);

      // The admin outbox viewer shows it, masked; nobody else may look.
      const res = await app.gql(NOTIFICATIONS, { filter: { status: "LOGGED", channel: "EMAIL" } }, app.fx.tokens.admin);
      expect(res.data.notifications.nodes[0]).toMatchObject({ status: "LOGGED", recipient: "r***@example.id" });
      for (const token of [app.fx.tokens.verifier, app.fx.tokens.bandungAdmin, app.fx.tokens.citizen]) {
        expect((await app.gql(NOTIFICATIONS, {}, token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      }
      expect((await app.gql(NOTIFICATIONS, {})).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await worker.stop();
    }
  });
});

describe("SMS through an operator's HTTP gateway", () => {
  it("posts the short message to the reporter's number when they gave only a phone", async () => {
    const gateway = await startReceiver();
    const worker = await startTestWorker(app, [notificationJobs], {
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_TOKEN: "gw-token",
    });
    try {
      const s = await submit({ reporter: { name: "Agus", phone: "0812-3456-7890" } });
      await verify(s.report.id);
      const sms = await until(() => gateway.received.find((r) => r.body.includes(s.trackingId)), "the SMS");
      expect(sms.headers.authorization).toBe("Bearer gw-token");
      const { to, text } = JSON.parse(sms.body);
      expect(to).toBe("+6281234567890");
      expect(text).toContain(`/track/${s.trackingId}`);
      expect(text).not.toContain(s.accessCode);
      const [n] = await until(async () => {
        const rows = await notificationsOf(s.trackingId);
        return rows[0]?.status === "SENT" ? rows : null;
      }, "the SMS to be SENT");
      expect(n).toMatchObject({ channel: "SMS", transport: "sms-gateway", recipientMasked: "+62 8** **** 7890" });
    } finally {
      await worker.stop();
      await gateway.close();
    }
  });
});
