import { type UserError, UserFacingError } from "./errors";

/**
 * Runs a command and turns business-rule refusals into `userErrors`; anything else (AppError, bugs) propagates to
 * formatError. The command's transaction has rolled back by the time a refusal arrives here: nothing half-written.
 */
type Nullable<T> = { [K in keyof T]: T[K] | null };

export async function runMutation<T extends object>(
  fn: () => Promise<T>,
  empty: Nullable<T>,
): Promise<Nullable<T> & { userErrors: UserError[] }> {
  try {
    const result = await fn();
    return { ...result, userErrors: [] };
  } catch (e) {
    if (e instanceof UserFacingError) return { ...empty, userErrors: [e.toUserError()] };
    if (e instanceof InputErrors) return { ...empty, userErrors: e.errors };
    throw e;
  }
}

/** Several input problems at once (validation). */
export class InputErrors extends Error {
  constructor(public errors: UserError[]) {
    super(errors.map((e) => e.message).join("; "));
  }
}
