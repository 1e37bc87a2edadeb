import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { createClient } from "graphql-ws";
import type { TokenSource } from "./client";

interface ClosableSocket {
  readyState: number;
  close(code: number, reason: string): void;
}

const OPEN = 1;
/** graphql-ws reconnects after this close code, sending a new connection_init payload. */
const CLIENT_RESTART = 4205;

export interface WsLinkOptions {
  url: string;
  tokens?: TokenSource;
  webSocketImpl?: unknown;
}

/**
 * Subscriptions over graphql-ws. The token goes in the connection_init payload as `{ authorization: "Bearer ..." }`;
 * when it changes (sign-in, sign-out) an open socket restarts at once so subscriptions run as the new viewer.
 * Loaded on the first subscription only: most pages never open a WebSocket.
 */
export function createWsLink({ url, tokens, webSocketImpl }: WsLinkOptions) {
  let socket: ClosableSocket | null = null;
  let restarting = false;

  const client = createClient({
    url,
    lazy: true,
    webSocketImpl,
    connectionParams: () => {
      const token = tokens?.get();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Phones drop connections often: keep trying, backing off to 30 s; reconnect at once after a token change.
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: async (retries) => {
      if (restarting) {
        restarting = false;
        return;
      }
      const seconds = Math.min(2 ** retries, 30);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 300 + Math.random() * 2700));
    },
    on: {
      connected: (s) => {
        socket = s as ClosableSocket;
      },
      closed: () => {
        socket = null;
      },
    },
  });

  const stopWatchingToken = tokens?.subscribe(() => {
    if (socket?.readyState !== OPEN) return;
    restarting = true;
    socket.close(CLIENT_RESTART, "Client Restart");
  });

  return {
    link: new GraphQLWsLink(client),
    async dispose() {
      stopWatchingToken?.();
      await client.dispose();
    },
  };
}
