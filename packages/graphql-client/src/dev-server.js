// Plain JavaScript: Vite loads its config (which imports this) with Node, which does not run TypeScript from packages.

/**
 * Vite dev/preview proxy to the API: GraphQL over HTTP and WebSocket on one path, plus uploaded files.
 * @param {string} [target] the API's origin (default: $API_URL, else http://127.0.0.1:4000)
 */
export function apiProxy(target = process.env.API_URL ?? "http://127.0.0.1:4000") {
  return {
    "/graphql": { target, ws: true },
    "/uploads": { target },
  };
}
