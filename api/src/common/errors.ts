import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Field, ObjectType } from "type-graphql";

/** The closed set of error codes a client may see in `extensions.code`. */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "RATE_LIMITED" | "BAD_USER_INPUT" | "INTERNAL";

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const notFound = (what = "Not found") => new AppError("NOT_FOUND", what);
export const forbidden = (why = "You may not do this") => new AppError("FORBIDDEN", why);
export const unauthenticated = (why = "Sign in first") => new AppError("UNAUTHENTICATED", why);
export const badInput = (why: string, field?: string) => new AppError("BAD_USER_INPUT", why, field ? { field } : {});

@ObjectType({ simpleResolvers: true, description: "A problem the user can fix, with the input field it concerns." })
export class UserError {
  @Field(() => [String], { nullable: true })
  field?: string[];

  @Field()
  message!: string;

  @Field()
  code!: string;
}

/** A business rule said no: becomes `userErrors` in the mutation's payload. */
export class UserFacingError extends Error {
  constructor(
    public code: string,
    message: string,
    public field?: string[],
  ) {
    super(message);
  }
  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field };
  }
}

export const userError = (code: string, message: string, field?: string | string[]) =>
  new UserFacingError(code, message, typeof field === "string" ? [field] : field);

const KNOWN = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "RATE_LIMITED", "BAD_USER_INPUT"]);
const GRAPHQL_VALIDATION = new Set([
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Masks everything that is not a deliberate AppError or a GraphQL validation error: no stack traces, SQL or
 * driver messages reach a client. The original is logged once by the caller with the request ID.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const { stacktrace: _s, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (code && KNOWN.has(code)) return { ...formatted, extensions: ext };
  if (code && GRAPHQL_VALIDATION.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: "BAD_USER_INPUT" } };
  }
  // Input coercion errors (wrong enum value, wrong scalar) arrive without a code from graphql-js.
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (!code && original instanceof GraphQLError && !original.originalError && formatted.locations) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL" } };
}
