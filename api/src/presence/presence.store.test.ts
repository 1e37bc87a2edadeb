import { afterAll, describe, expect, it } from "vitest";
import { eventually } from "../../test/live";
import { createLogger } from "../common/logger";
import { createLocalBus, createRedisBus, type EventBus } from "../live/bus";
import { PresenceStore } from "./presence.store";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const buses: EventBus[] = [];
afterAll(async () => {
  for (const b of buses) await b.close();
});

const beat = (userId: number, team = "national", reportId = 1) => ({ reportId, userId, name: `User ${userId}`, team });

describe("PresenceStore", () => {
  it("keeps viewers per report and team, without the asker, until they lapse or leave", async () => {
    let now = 1_000_000;
    const store = new PresenceStore(createLocalBus(), 45_000, () => now);
    const changes: number[] = [];
    store.watch(1, () => changes.push(now));
    await store.announce(beat(1));
    await store.announce(beat(2));
    await store.announce(beat(3, "agency:7"));
    await store.announce(beat(4, "national", 2));
    expect(store.viewers(1, "national", 1).map((e) => e.name)).toEqual(["User 2"]);
    expect(store.viewers(1, "agency:7", 99).map((e) => e.name)).toEqual(["User 3"]);
    expect(changes).toHaveLength(3);

    // A heartbeat keeps an entry alive without announcing a change; silence past the TTL ends it.
    now += 30_000;
    await store.announce(beat(2));
    expect(changes).toHaveLength(3);
    now += 30_000;
    store.sweep();
    expect(store.viewers(1, "national", 99).map((e) => e.name)).toEqual(["User 2"]);
    expect(changes).toHaveLength(4);

    await store.announce({ ...beat(2), leaving: true });
    expect(store.viewers(1, "national", 99)).toEqual([]);
    expect(changes).toHaveLength(5);
  });

  it("shares presence between processes through Redis", async () => {
    const namespace = `presence-test-${process.pid}-${Date.now()}`;
    const log = createLogger("silent");
    const [a, b] = [await createRedisBus(REDIS_URL, namespace, log), await createRedisBus(REDIS_URL, namespace, log)];
    buses.push(a, b);
    const [sa, sb] = [new PresenceStore(a), new PresenceStore(b)];
    await Promise.all([sa.ready, sb.ready]);
    await sa.announce(beat(1, "national", 42));
    await eventually(() => sb.viewers(42, "national", 2).length === 1, 5_000, "presence on the other process");
    await sb.announce({ ...beat(1, "national", 42), leaving: true });
    await eventually(() => sa.viewers(42, "national", 2).length === 0, 5_000, "departure on the first process");
  });
});
