import type http from "node:http";
import { type DocumentNode, GraphQLError, type GraphQLSchema, getOperationAST, parse, validate } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { decodeJwt } from "jose";
import { WebSocketServer } from "ws";
import { formatError } from "../common/errors";
import { checkQueryLimits } from "../common/limits";
import type { Viewer } from "../common/viewer";
import type { Config } from "../config";
import { type AppServices, buildContext } from "../context";
import type { Orm } from "../db/orm";
import { forgetSession, SESSIONS_ENDED_TOPIC, viewerFromAuthorization } from "../users/auth.service";
import { sharedSubscribe } from "./shared-execution";

/** Subscriptions one connection may hold at once (a page needs a handful; a tab that leaks them is stopped). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** Distinct subscription documents kept parsed (first in, first out beyond). */
const DOCUMENT_CACHE = 500;
/** Largest client message: subscribe messages are small documents. */
const MAX_PAYLOAD = 64 * 1024;

interface Extra extends Record<PropertyKey, unknown> {
  viewer: Viewer;
  agencySubtree: number[];
  authorization: unknown;
  expiry?: NodeJS.Timeout;
}

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

/** When a Bearer token stops being valid, if it says so. */
function tokenExpiry(authorization: unknown): number | null {
  if (typeof authorization !== "string") return null;
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m) return null;
  try {
    const { exp } = decodeJwt(m[1]);
    return typeof exp === "number" ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * graphql-ws on the HTTP server's /graphql path. The token travels as `authorization` in connection_init (DESIGN.md);
 * a bad, expired or revoked token closes the socket with 4403 Forbidden, at connect or when the token expires while
 * connected, and every new subscription re-checks the session. Only subscriptions run here: queries and mutations go
 * over HTTP, where the rate limits and the shared cache live.
 */
export function attachSubscriptions(
  httpServer: http.Server,
  schema: GraphQLSchema,
  services: AppServices,
  orm: Orm,
  config: Config,
): { wss: WebSocketServer; close(): Promise<void> } {
  const wss = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: MAX_PAYLOAD });
  const log = services.log.child({ component: "ws" });
  const authenticate = (authorization: unknown) => viewerFromAuthorization(orm.em.fork(), config, authorization);

  /**
   * Parsed and validated documents by text: thousands of clients subscribe with the same few documents, and each
   * parse and validation costs CPU and ~6 KiB of AST per subscription. The limits depend on the variables, so they
   * are checked per subscription.
   */
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  function checkDocument(
    query: string,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ): { document: DocumentNode; variables: Record<string, unknown> } | readonly GraphQLError[] {
    const cacheKey = `${operationName ?? ""}\n${query}`;
    let cached = documents.get(cacheKey);
    if (!cached) {
      try {
        const document = parse(query, { maxTokens: 2000 });
        const errors = validate(schema, document);
        const operation = getOperationAST(document, operationName);
        cached = errors.length
          ? errors
          : !operation
            ? [badInput("Unable to identify the operation")]
            : operation.operation !== "subscription"
              ? [badInput("Only subscriptions run over WebSocket; send queries and mutations over HTTP")]
              : document;
      } catch (e) {
        cached = [e as GraphQLError];
      }
      if (documents.size >= DOCUMENT_CACHE) documents.delete(documents.keys().next().value as string);
      documents.set(cacheKey, cached);
    }
    if (!("kind" in cached)) return cached;
    const document = cached;
    const operation = getOperationAST(document, operationName);
    if (!operation) return [badInput("Unable to identify the operation")];
    try {
      checkQueryLimits(schema, document, operation, variables);
    } catch (e) {
      return [e as GraphQLError];
    }
    return { document, variables };
  }

  // Sockets by the session they signed in with: a sign-out anywhere closes them at once.
  const socketsOf = new Map<string, Set<{ close(code: number, reason: string): void }>>();
  const stopListening = services.bus.subscribe(SESSIONS_ENDED_TOPIC, (payload) => {
    for (const sid of (payload as { sessionIds: string[] }).sessionIds) {
      forgetSession(sid);
      for (const socket of socketsOf.get(sid) ?? []) socket.close(CloseCode.Forbidden, "Session ended");
      socketsOf.delete(sid);
    }
  });

  const server = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema,
      subscribe: sharedSubscribe,
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization = params.authorization ?? params.Authorization ?? null;
        try {
          const { viewer, agencySubtree } = await authenticate(authorization);
          Object.assign(ctx.extra, { viewer, agencySubtree, authorization });
          if (viewer.sessionId) {
            const set = socketsOf.get(viewer.sessionId) ?? new Set();
            set.add(ctx.extra.socket);
            socketsOf.set(viewer.sessionId, set);
          }
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
        const exp = tokenExpiry(authorization);
        if (exp != null) {
          // setTimeout holds at most ~24.8 days; longer tokens are re-checked on each subscribe anyway.
          const ms = Math.min(exp - Date.now(), 2 ** 31 - 1);
          ctx.extra.expiry = setTimeout(() => ctx.extra.socket.close(CloseCode.Forbidden, "Token expired"), ms);
          ctx.extra.expiry.unref();
        }
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // This subscription already counts in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [
            new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`, {
              extensions: { code: "RATE_LIMITED" },
            }),
          ];
        }
        const checked = checkDocument(payload.query, payload.operationName, payload.variables ?? {});
        if (!("document" in checked)) return checked;
        const { document, variables } = checked;
        if ((ctx.extra as Extra).viewer.sessionId) {
          try {
            // A revoked session or disabled account stops getting new subscriptions at once.
            const { viewer, agencySubtree } = await authenticate(ctx.extra.authorization);
            Object.assign(ctx.extra, { viewer, agencySubtree });
          } catch {
            ctx.extra.socket.close(CloseCode.Forbidden, "Forbidden");
            return [new GraphQLError("Session ended", { extensions: { code: "UNAUTHENTICATED" } })];
          }
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue: buildContext(
            services,
            orm.em.fork(),
            (ctx.extra as Extra).viewer,
            (ctx.extra as Extra).agencySubtree,
          ),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return {
          ...result,
          errors: result.errors.map((e) => {
            const out = formatError(e.toJSON(), e);
            if (out.extensions?.code === "INTERNAL") log.error({ err: e.originalError ?? e }, "subscription error");
            return out;
          }),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)) as never,
      onClose: (ctx) => {
        if (ctx.extra.expiry) clearTimeout(ctx.extra.expiry);
        const sid = (ctx.extra as Partial<Extra>).viewer?.sessionId;
        if (sid) {
          socketsOf.get(sid)?.delete(ctx.extra.socket);
          if (!socketsOf.get(sid)?.size) socketsOf.delete(sid);
        }
      },
    },
    wss,
  );

  return {
    wss,
    async close() {
      (await stopListening)();
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
