import { describeError } from "@aduan/graphql-client/errors";
import { useErrorText } from "@aduan/ui/components";

interface UserError {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

/** Where a form's problems go: beside the field they name, or above the submit button. */
export interface PlacedErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  form: string | null;
}

/**
 * Runs a form's mutation and places what went wrong: a userError naming one of `fields` (its path after "input")
 * goes beside that field, anything else (another field, no field, a transport or GraphQL error) to the form; in the
 * form's words when `texts` has one for "field:CODE". Null when the mutation succeeded.
 */
export function useFormMutation<F extends string>(fields: readonly F[], texts: Partial<Record<string, string>> = {}) {
  const errorText = useErrorText();
  return async function run(
    action: () => Promise<{ userErrors: readonly UserError[] } | null | undefined>,
  ): Promise<PlacedErrors<F> | null> {
    let userErrors: readonly UserError[];
    try {
      userErrors = (await action())?.userErrors ?? [];
    } catch (error) {
      return { fields: {}, form: errorText(describeError(error)) };
    }
    if (!userErrors.length) return null;
    const placed: PlacedErrors<F> = { fields: {}, form: null };
    for (const error of userErrors) {
      const path = (error.field ?? []).filter((part) => part !== "input");
      const field = fields.find((name) => name === path[0]);
      const text = texts[`${path[0] ?? ""}:${error.code}`] || errorText(error.code, error.message);
      if (field && !placed.fields[field]) placed.fields[field] = text;
      else if (!field && !placed.form) placed.form = text;
    }
    return placed;
  };
}
