import type { ApolloServer, BaseContext, ContextFunction } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type express from "express";
import { type DocumentNode, Kind, parse, visit } from "graphql";

interface Cached {
  status: number;
  headers: [string, string][];
  body: string;
  expires: number;
}

const MAX_ENTRIES = 2000;

/**
 * Whether a document may be answered from the shared cache: queries only (no mutation or subscription), and nothing
 * that carries a secret (an access code's answer belongs to the reporter alone).
 */
function cacheableDocument(doc: DocumentNode): boolean {
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION && def.kind !== Kind.FRAGMENT_DEFINITION) return false;
    if (def.kind === Kind.OPERATION_DEFINITION && def.operation !== "query") return false;
  }
  let secret = false;
  visit(doc, {
    Argument(node) {
      if (node.name.value === "accessCode") secret = true;
    },
  });
  return !secret;
}

/**
 * Apollo's express integration (as @as-integrations/express5 does it), plus a one-second shared cache for callers
 * without credentials: every anonymous caller gets the same answer to the same public query, so concurrent misses
 * wait for one execution and repeats within the second are served from memory.
 */
export function graphqlHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  context: ContextFunction<[{ req: express.Request; res: express.Response }], C>,
  /** How long anonymous callers share one answer (a second keeps public pages live); 0 turns sharing off. */
  sharedTtlMs = 1000,
): express.RequestHandler {
  const cache = new Map<string, Cached>();
  const inflight = new Map<string, Promise<Cached>>();
  const decisions = new Map<string, boolean>();

  function decide(query: unknown): boolean {
    if (typeof query !== "string" || query.length > 20_000) return false;
    let ok = decisions.get(query);
    if (ok === undefined) {
      try {
        ok = cacheableDocument(parse(query));
      } catch {
        ok = false;
      }
      if (decisions.size >= MAX_ENTRIES) decisions.delete(decisions.keys().next().value as string);
      decisions.set(query, ok);
    }
    return ok;
  }

  async function execute(req: express.Request, res: express.Response): Promise<Cached> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: new URL(req.url, "http://x").search,
        body: req.body,
      },
      context: () => context({ req, res }),
    });
    let body = "";
    if (response.body.kind === "complete") body = response.body.string;
    else for await (const chunk of response.body.asyncIterator) body += chunk;
    return {
      status: response.status ?? 200,
      headers: [...response.headers],
      body,
      expires: Date.now() + sharedTtlMs,
    };
  }

  function send(res: express.Response, r: Cached, hit: boolean) {
    for (const [k, v] of r.headers) res.setHeader(k, v);
    res.setHeader("x-cache", hit ? "HIT" : "MISS");
    res.statusCode = r.status;
    res.send(r.body);
  }

  return async (req, res, next) => {
    try {
      const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
      const anonymous =
        sharedTtlMs > 0 && !req.headers.authorization && req.method === "POST" && body && decide(body.query);
      if (!anonymous) return send(res, await execute(req, res), false);
      const key = JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null]);
      const hit = cache.get(key);
      if (hit && hit.expires > Date.now()) return send(res, hit, true);
      let pending = inflight.get(key);
      if (!pending) {
        pending = execute(req, res).finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      const result = await pending;
      if (result.status === 200) {
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
        cache.set(key, result);
      }
      send(res, result, false);
    } catch (e) {
      next(e);
    }
  };
}
