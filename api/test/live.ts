import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Feed<T = any> {
  /** Results received so far (data or errors), in order. */
  results: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] }[];
  /** Waits for the nth result (1-based), failing after `ms`. */
  nth(n: number, ms?: number): Promise<Feed<T>["results"][number]>;
  /** Resolves when the server completes the subscription (or it errors). */
  done: Promise<void>;
  stop(): void;
}

/** A real graphql-ws client for tests; `closed` records the close event's code. */
export function wsClient(httpUrl: string, token?: string): Client & { closed: Promise<number> } {
  let onClosed!: (code: number) => void;
  const closed = new Promise<number>((r) => (onClosed = r));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: { closed: (e) => onClosed((e as { code: number }).code) },
  });
  return Object.assign(client, { closed });
}

export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Feed<T> {
  const results: Feed<T>["results"] = [];
  const waiters: (() => void)[] = [];
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (r) => {
        results.push(r as Feed<T>["results"][number]);
        wake();
      },
      error: (e) => {
        const err = Array.isArray(e) ? e : [{ message: String((e as Error)?.message ?? e) }];
        results.push({ errors: err as never });
        wake();
        finish();
      },
      complete: () => finish(),
    },
  );
  return {
    results,
    done,
    stop,
    async nth(n, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (results.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} results within ${ms} ms, got ${results.length}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
      return results[n - 1];
    },
  };
}

/** Waits until `fn` returns something truthy, failing after `ms`. */
export async function eventually<T>(
  fn: () => Promise<T> | T,
  ms = 10_000,
  what = "condition",
): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
