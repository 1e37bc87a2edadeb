import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/** What a person can be told about a failed request; the UI has a message for each. */
export type ErrorKind = "NETWORK" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "RATE_LIMITED" | "UNKNOWN";

const KINDS = new Set<string>(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "RATE_LIMITED"]);

function codeFromBody(bodyText: string | undefined): string | undefined {
  if (!bodyText) return undefined;
  try {
    const body = JSON.parse(bodyText) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    const code = body.errors?.[0]?.extensions?.code;
    return typeof code === "string" ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Classifies an error from Apollo Client by the API's `extensions.code` (the closed set in DESIGN.md), or as a
 * network failure. BAD_USER_INPUT and INTERNAL count as UNKNOWN: forms report what a user can fix as `userErrors`.
 */
export function describeError(error: unknown): ErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === "string" && KINDS.has(code) ? (code as ErrorKind) : "UNKNOWN";
  }
  if (ServerError.is(error)) {
    const code = codeFromBody(error.bodyText);
    if (code && KINDS.has(code)) return code as ErrorKind;
    if (error.statusCode === 429) return "RATE_LIMITED";
    // A proxy or load balancer answering for an API that is down or restarting.
    if (error.statusCode === 502 || error.statusCode === 503 || error.statusCode === 504) return "NETWORK";
    return "UNKNOWN";
  }
  if (ServerParseError.is(error)) return "UNKNOWN";
  // fetch rejects with a TypeError when the network is down or the host unreachable.
  if (error instanceof TypeError) return "NETWORK";
  return "UNKNOWN";
}

export function isUnauthenticated(error: unknown): boolean {
  return describeError(error) === "UNAUTHENTICATED";
}
