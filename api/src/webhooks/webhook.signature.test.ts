import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { nextAttemptAt } from "./webhook.retry";
import { signWebhook, verifyWebhookSignature } from "./webhook.signature";

const secret = "whsec_test";
const body = '{"eventId":"UmVwb3J0RXZlbnQ6MQ","type":"VERIFIED"}';

describe("webhook signatures", () => {
  it("signs '<t>.<body>' with HMAC-SHA256 in the Stripe-style header", () => {
    const t = 1_800_000_000;
    const expected = crypto.createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    expect(signWebhook(secret, body, t)).toBe(`t=${t},v1=${expected}`);
  });

  it("verifies a fresh signature and refuses a changed body, another secret, an old timestamp or garbage", () => {
    const t = 1_800_000_000;
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, body, header, 300, t + 10)).toBe(true);
    expect(verifyWebhookSignature(secret, `${body} `, header, 300, t + 10)).toBe(false);
    expect(verifyWebhookSignature("whsec_other", body, header, 300, t + 10)).toBe(false);
    expect(verifyWebhookSignature(secret, body, header, 300, t + 301)).toBe(false);
    // A replay with a new timestamp but the old signature fails: the timestamp is signed too.
    expect(verifyWebhookSignature(secret, body, header.replace(`t=${t}`, `t=${t + 200}`), 300, t + 200)).toBe(false);
    for (const bad of [undefined, "", "t=1", "v1=abc", `t=x,v1=${"0".repeat(64)}`]) {
      expect(verifyWebhookSignature(secret, body, bad, 300, t)).toBe(false);
    }
  });

  it("accepts any one of several v1 values (a receiver mid-rotation)", () => {
    const t = 1_800_000_000;
    const good = signWebhook(secret, body, t).split("v1=")[1];
    expect(verifyWebhookSignature(secret, body, `t=${t},v1=${"a".repeat(64)},v1=${good}`, 300, t)).toBe(true);
  });
});

describe("webhook retry schedule", () => {
  const o = { baseMs: 30_000, maxMs: 3_600_000, windowMs: 24 * 3_600_000 };
  const first = new Date("2026-11-28T00:00:00Z");
  const at = (ms: number) => new Date(first.getTime() + ms);

  it("doubles from the base, capped at an hour, with up to 20% jitter below", () => {
    const delays = [1, 2, 3, 4, 8, 9, 20].map(
      (n) => (nextAttemptAt(n, first, first, o, () => 1)?.getTime() ?? 0) - first.getTime(),
    );
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000]);
    const jittered = (nextAttemptAt(3, first, first, o, () => 0)?.getTime() ?? 0) - first.getTime();
    expect(jittered).toBe(96_000);
  });

  it("puts the last attempt exactly at the end of the 24-hour window, then gives up", () => {
    expect(nextAttemptAt(30, first, at(o.windowMs - 60_000), o, () => 1)).toEqual(at(o.windowMs));
    expect(nextAttemptAt(31, first, at(o.windowMs), o)).toBeNull();
    expect(nextAttemptAt(31, first, at(o.windowMs + 5), o)).toBeNull();
  });

  it("takes about thirty attempts over the window", () => {
    let now = first;
    let attempts = 1;
    for (;;) {
      const next = nextAttemptAt(attempts, first, now, o, () => 0.5);
      if (!next) break;
      now = next;
      attempts++;
    }
    expect(now).toEqual(at(o.windowMs));
    expect(attempts).toBeGreaterThan(25);
    expect(attempts).toBeLessThan(35);
  });
});
