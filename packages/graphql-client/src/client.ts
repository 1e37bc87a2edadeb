import { ApolloClient, ApolloLink, HttpLink } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { OperationTypeNode } from "graphql";
import { from, mergeMap } from "rxjs";
import { createCache } from "./cache";
import { isUnauthenticated } from "./errors";
import type { createWsLink } from "./ws-link";

/** Where the bearer token comes from (see session/token-store.ts); notifies when it changes. */
export interface TokenSource {
  get(): string | null;
  subscribe(listener: () => void): () => void;
}

export interface AduanClientOptions {
  /** The GraphQL endpoint, relative to the page or absolute; HTTP and WebSocket share it. Default "/graphql". */
  uri?: string;
  /** The signed-in session's token, if this app has sessions. */
  tokens?: TokenSource;
  /** The API rejected the token (expired or revoked): forget it. */
  onUnauthenticated?(): void;
  /** A WebSocket implementation where there is no global one (Node 20 in tests). */
  webSocketImpl?: unknown;
}

export interface AduanClient {
  client: ApolloClient;
  /** Stops the client and closes its WebSocket, if one was opened. */
  dispose(): Promise<void>;
}

function endpoints(uri: string) {
  const base = typeof window === "undefined" ? undefined : window.location.href;
  const http = new URL(uri, base);
  const ws = new URL(http);
  ws.protocol = http.protocol === "https:" ? "wss:" : "ws:";
  return { http: http.toString(), ws: ws.toString() };
}

/**
 * Apollo Client for the Aduan API: queries and mutations over HTTP, subscriptions over graphql-ws on the same path
 * (see ws-link.ts). The session token goes in the HTTP `authorization` header as `Bearer <token>`; a response
 * saying UNAUTHENTICATED while a token was sent calls `onUnauthenticated`.
 */
export function createApolloClient({
  uri = "/graphql",
  tokens,
  onUnauthenticated,
  webSocketImpl,
}: AduanClientOptions = {}): AduanClient {
  const url = endpoints(uri);

  let ws: Promise<ReturnType<typeof createWsLink>> | undefined;
  const loadWs = () => {
    ws ??= import("./ws-link").then((m) => m.createWsLink({ url: url.ws, tokens, webSocketImpl }));
    return ws;
  };
  const subscriptions = new ApolloLink((operation) =>
    from(loadWs()).pipe(mergeMap(({ link }) => link.request(operation))),
  );

  // An operation may carry its own authorization header (e.g. revoking a token the app will not keep).
  const auth = new SetContextLink((previous) => {
    const token = tokens?.get();
    const headers = (previous.headers ?? {}) as Record<string, string>;
    if (!token || headers.authorization) return {};
    return { headers: { ...headers, authorization: `Bearer ${token}` } };
  });

  const expiry = new ErrorLink(({ error }) => {
    if (tokens?.get() && isUnauthenticated(error)) onUnauthenticated?.();
  });

  const link = ApolloLink.from([
    expiry,
    ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      subscriptions,
      ApolloLink.from([auth, new HttpLink({ uri: url.http })]),
    ),
  ]);

  const client = new ApolloClient({ link, cache: createCache() });
  return {
    client,
    async dispose() {
      client.stop();
      if (ws) await (await ws).dispose();
    },
  };
}
