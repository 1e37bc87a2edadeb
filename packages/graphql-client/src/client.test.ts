// @vitest-environment node
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gql } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { type AduanClient, createApolloClient } from "./client";
import { createTokenStore } from "./session/token-store";

/** A tiny stand-in for the API: records what the client sends, answers like Apollo Server and graphql-ws do. */
const requests: Array<{ authorization?: string; operationName: string }> = [];
const inits: unknown[] = [];
let server: http.Server;
let uri: string;

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const { operationName } = JSON.parse(body) as { operationName: string };
      requests.push({ authorization: req.headers.authorization, operationName });
      res.setHeader("content-type", "application/graphql-response+json");
      if (req.headers.authorization === "Bearer expired") {
        res.statusCode = 401;
        res.end(
          JSON.stringify({
            errors: [{ message: "Invalid or expired token", extensions: { code: "UNAUTHENTICATED" } }],
          }),
        );
        return;
      }
      res.end(JSON.stringify({ data: { viewer: { __typename: "User", id: "VXNlcjox", name: "Sari" } } }));
    });
  });
  const wss = new WebSocketServer({ server, path: "/graphql" });
  wss.on("connection", (socket) => {
    socket.on("message", (raw) => {
      const message = JSON.parse(String(raw)) as { type: string; id?: string; payload?: unknown };
      if (message.type === "connection_init") {
        inits.push(message.payload);
        socket.send(JSON.stringify({ type: "connection_ack" }));
      } else if (message.type === "subscribe") {
        socket.send(JSON.stringify({ id: message.id, type: "next", payload: { data: { ping: "pong" } } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let current: AduanClient | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
  requests.length = 0;
  inits.length = 0;
});

const ViewerQuery = gql`
  query Viewer {
    viewer {
      id
      name
    }
  }
`;

describe("createApolloClient", () => {
  it("sends the session token as a bearer token, and none without a session", async () => {
    const tokens = createTokenStore("test.token", memoryStorage());
    current = createApolloClient({ uri, tokens, webSocketImpl: WebSocket });
    await current.client.query({ query: ViewerQuery, fetchPolicy: "network-only" });
    tokens.set("abc");
    await current.client.query({ query: ViewerQuery, fetchPolicy: "network-only" });
    expect(requests).toEqual([
      { authorization: undefined, operationName: "Viewer" },
      { authorization: "Bearer abc", operationName: "Viewer" },
    ]);
  });

  it("sends the token in connection_init and reconnects with the new one when it changes", async () => {
    const tokens = createTokenStore("test.token", memoryStorage());
    tokens.set("first");
    current = createApolloClient({ uri, tokens, webSocketImpl: WebSocket });
    const values: unknown[] = [];
    const subscription = current.client
      .subscribe({ query: gql`subscription Ping { ping }` })
      .subscribe({ next: (result) => values.push(result.data) });
    await vi.waitFor(() => expect(inits).toEqual([{ authorization: "Bearer first" }]));
    await vi.waitFor(() => expect(values).toEqual([{ ping: "pong" }]));
    tokens.set("second");
    await vi.waitFor(() =>
      expect(inits).toEqual([{ authorization: "Bearer first" }, { authorization: "Bearer second" }]),
    );
    subscription.unsubscribe();
  });

  it("reports a rejected token once and surfaces the API's error", async () => {
    const tokens = createTokenStore("test.token", memoryStorage());
    tokens.set("expired");
    const onUnauthenticated = vi.fn(() => tokens.set(null));
    current = createApolloClient({ uri, tokens, onUnauthenticated, webSocketImpl: WebSocket });
    const error = await current.client
      .query({ query: ViewerQuery, fetchPolicy: "network-only" })
      .catch((e: unknown) => e);
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(tokens.get()).toBeNull();
  });
});
