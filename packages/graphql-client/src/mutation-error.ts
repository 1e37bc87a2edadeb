import { describeError } from "@aduan/graphql-client/errors";
import { useErrorText } from "@aduan/ui/components";

interface UserError {
  code: string;
  message: string;
}

/**
 * Runs a mutation and returns what went wrong as a sentence for the reader (a user error from the payload or a
 * transport/GraphQL error), or null when it succeeded.
 */
export function useMutationError() {
  const errorText = useErrorText();
  return async function run(action: () => Promise<{ userErrors: readonly UserError[] } | null | undefined>) {
    try {
      const payload = await action();
      const userError = payload?.userErrors[0];
      return userError ? errorText(userError.code, userError.message) : null;
    } catch (error) {
      return errorText(describeError(error));
    }
  };
}
