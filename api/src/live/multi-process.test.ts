import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../test/app";
import { openTestOrm } from "../../test/db";
import { type Fixtures, seedFixtures } from "../../test/factories";
import { eventually, subscribe, wsClient } from "../../test/live";
import { reportInput, SUBMIT, VERIFY } from "../../test/operations";

/**
 * Real API processes (src/main.ts) on one database and one Redis: the shape of a scaled-out deployment.
 * CI and the development machines run Redis at 127.0.0.1:6379.
 */
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const API_DIR = path.resolve(__dirname, "../..");

interface Api {
  name: string;
  url: string;
  proc: ChildProcess;
  output: string;
}

let db: Awaited<ReturnType<typeof openTestOrm>>;
let fx: Fixtures;
const apis: Api[] = [];

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

async function startApi(name: string): Promise<Api> {
  const port = await freePort();
  const keys = testConfig().keys;
  const proc = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: db.url,
      REDIS_URL,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_ON_START: "false",
      LOG_LEVEL: "info",
      JOB_CONCURRENCY: "1",
      DATA_DIR: `/tmp/aduan-multi-${process.pid}`,
      TOKEN_SECRET: keys.tokenSecret.toString("hex"),
      HMAC_KEY: keys.hmacKey.toString("hex"),
      CONTACT_KEY: keys.contactKey.toString("hex"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const api: Api = { name, url: `http://127.0.0.1:${port}`, proc, output: "" };
  proc.stdout!.on("data", (d) => (api.output += d));
  proc.stderr!.on("data", (d) => (api.output += d));
  apis.push(api);
  await eventually(async () => {
    if (proc.exitCode != null) throw new Error(`${name} exited:\n${api.output}`);
    return fetch(`${api.url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
  }, 60_000);
  return api;
}

// biome-ignore lint/suspicious/noExplicitAny: GraphQL results are checked field by field
async function gql(api: Api, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** Waits until the relay has published everything committed so far. */
async function outboxEmpty() {
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  try {
    await eventually(async () => (await pg.query("select 1 from event_outbox")).rowCount === 0);
  } finally {
    await pg.end();
  }
}

/** Waits until the process holds n subscriptions (its health check reports them). */
function subscribed(api: Api, n: number) {
  return eventually(async () => {
    const health = (await (await fetch(`${api.url}/healthz`)).json()) as { subscriptions: number };
    return health.subscriptions >= n;
  });
}

const EVENTS = `subscription($t: String!, $c: String) { reportEvents(trackingId: $t, accessCode: $c) {
  type status report { title } } }`;

beforeAll(async () => {
  db = await openTestOrm();
  fx = await seedFixtures(db.orm, testConfig());
});

afterAll(async () => {
  for (const a of apis) if (a.proc.exitCode == null) a.proc.kill("SIGKILL");
  await db?.drop();
});

async function submitReport(via: Api) {
  const s = await gql(via, SUBMIT, { input: reportInput() });
  expect(s.data.submitReport.userErrors).toEqual([]);
  return s.data.submitReport as { trackingId: string; accessCode: string; report: { id: string } };
}

describe("several API processes", () => {
  let first: Api;
  let second: Api;

  it("share one event stream through Redis: a change made on one reaches a subscriber on the other", async () => {
    first = await startApi("first");
    // The first process to start takes the relay; the second stands by.
    await eventually(() => first.output.includes("this process relays events"));
    second = await startApi("second");
    expect(second.output).not.toContain("this process relays events");

    const s = await submitReport(first);
    await outboxEmpty();
    const client = wsClient(second.url);
    const feed = subscribe(client, EVENTS, { t: s.trackingId, c: s.accessCode });
    await subscribed(second, 1);
    const v = await gql(
      first,
      VERIFY,
      { input: { reportId: s.report.id, categoryId: fx.categories.road, agencyIds: [fx.agencies.bandung] } },
      fx.tokens.verifier,
    );
    expect(v.data.verifyReport.userErrors).toEqual([]);
    await feed.nth(2, 15_000);
    expect(feed.results.map((r) => r.data.reportEvents.type)).toEqual(["VERIFIED", "DISPOSED"]);
    expect(feed.results[0].data.reportEvents.report.title).toBe(reportInput().title);
    await client.dispose();
  });

  it("count rate limits together: wrong access codes on one process lock the tracking ID on the other", async () => {
    const s = await submitReport(first);
    const TRACK = `query($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { title } }`;
    for (let i = 0; i < 10; i++) {
      const r = await gql(first, TRACK, { t: s.trackingId, c: `WRONGCODE${i}`.padEnd(16, "X") });
      expect(r.errors).toBeUndefined();
    }
    const r = await gql(second, TRACK, { t: s.trackingId, c: s.accessCode });
    expect(r.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("loses no event when the relaying process dies between commit and relay", async () => {
    const client = wsClient(second.url);
    const s = await submitReport(second);
    await outboxEmpty();
    const feed = subscribe(client, EVENTS, { t: s.trackingId, c: s.accessCode });
    await subscribed(second, 1);

    // Freeze the relay (it keeps its lock and connection), commit a change through the other process...
    const health = async (a: Api) => (await (await fetch(`${a.url}/healthz`)).json()) as { relay: boolean };
    expect([(await health(first)).relay, (await health(second)).relay]).toEqual([true, false]);
    first.proc.kill("SIGSTOP");
    const v = await gql(
      second,
      VERIFY,
      { input: { reportId: s.report.id, categoryId: fx.categories.road, agencyIds: [fx.agencies.kemenkes] } },
      fx.tokens.verifier,
    );
    expect(v.data.verifyReport.userErrors).toEqual([]);
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      // ...which is committed and waiting in the outbox, not delivered.
      const waiting = await pg.query(
        `select e.type from event_outbox o join report_event e on e.id = o.event_id
         join report r on r.id = e.report_id where r.tracking_id = $1 order by o.id`,
        [s.trackingId],
      );
      expect(waiting.rows.map((r) => r.type)).toEqual(["VERIFIED", "DISPOSED"]);
      expect(feed.results, JSON.stringify(feed.results)).toHaveLength(0);

      // Kill the relay. Its session ends, the lock goes, the standby takes over and relays what was committed.
      first.proc.kill("SIGKILL");
      await feed.nth(2, 20_000);
      expect(feed.results.map((r) => r.data.reportEvents.type)).toEqual(["VERIFIED", "DISPOSED"]);
      expect(second.output).toContain("this process relays events");
      // The new relay deletes them from the outbox in the transaction that queues their jobs, after publishing.
      await outboxEmpty();
    } finally {
      await pg.end();
      await client.dispose();
    }
  });
});
