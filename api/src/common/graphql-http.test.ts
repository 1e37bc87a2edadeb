import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";

const app = useTestApp();

async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: res.headers.get("x-cache"), body: await res.json() };
}

describe("the shared one-second cache for anonymous callers", () => {
  it("serves a repeated public query from memory, and nothing with credentials, secrets or writes", async () => {
    const q = `{ reports(first: 5) { totalCount } }`;
    const first = await post(q);
    const second = await post(q);
    expect(second.cache).toBe("HIT");
    expect(second.body).toEqual(first.body);
    // A different page is a different entry.
    expect((await post(`{ reports(first: 6) { totalCount } }`)).cache).toBe("MISS");
    // Signed-in callers are never cached.
    await post(q, {}, app.fx.tokens.citizen);
    expect((await post(q, {}, app.fx.tokens.citizen)).cache).toBe("MISS");
    // Access codes are secrets: never shared.
    const track = `query($c: String) { trackReport(trackingId: "ADU-0000-0000", accessCode: $c) { id } }`;
    await post(track, { c: "0000000000000000" });
    expect((await post(track, { c: "0000000000000000" })).cache).toBe("MISS");
    // Mutations are never cached.
    const m = `mutation { logIn(input: { email: "nobody@x.id", password: "x" }) { token } }`;
    await post(m);
    expect((await post(m)).cache).toBe("MISS");
  });

  it("expires after a second", async () => {
    const q = `{ reports(first: 7) { totalCount } }`;
    await post(q);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await post(q)).cache).toBe("MISS");
  });
});
