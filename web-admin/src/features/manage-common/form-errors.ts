import { describeError } from "@aduan/graphql-client/errors";
import { useErrorText } from "@aduan/ui/components";
import { useCallback, useState } from "react";
import { useManageTranslation } from "./i18n";

export interface FieldUserError {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

export interface FormErrors<F extends string> {
  /** An API userError that names one of the form's fields, shown at that field. */
  fields: Partial<Record<F, string>>;
  /** Anything else (a userError on no known field, a refusal, a network failure), shown above the buttons. */
  general: string | null;
}

/** userError codes the management pages explain in the reader's language (others keep the API's sentence). */
const EXPLAINED = ["EMAIL_TAKEN", "LOOP", "SELF", "NOT_FOUND"] as const;
type Explained = (typeof EXPLAINED)[number];
const isExplained = (code: string): code is Explained => (EXPLAINED as readonly string[]).includes(code);

const none = { fields: {}, general: null };

/**
 * Runs one mutation of a form and places what went wrong: a userError whose `field` (["input", name]) is one of
 * `fields` goes to that field, everything else to the form. Resolves to true when the mutation succeeded.
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const { t } = useManageTranslation();
  const errorText = useErrorText();
  const [errors, setErrors] = useState<FormErrors<F>>(none);

  const run = useCallback(
    async (action: () => Promise<{ userErrors: readonly FieldUserError[] } | null | undefined>): Promise<boolean> => {
      try {
        const payload = await action();
        if (!payload) {
          setErrors({ fields: {}, general: errorText("UNKNOWN") });
          return false;
        }
        const next: FormErrors<F> = { fields: {}, general: null };
        for (const error of payload.userErrors) {
          const text = isExplained(error.code) ? t(`userError.${error.code}`) : errorText(error.code, error.message);
          const path = error.field ?? [];
          const name = (path[0] === "input" ? path[1] : path[0]) as F | undefined;
          if (name && fields.includes(name) && !next.fields[name]) next.fields[name] = text;
          else next.general ??= text;
        }
        setErrors(next);
        return payload.userErrors.length === 0;
      } catch (error) {
        setErrors({ fields: {}, general: errorText(describeError(error)) });
        return false;
      }
    },
    [fields, errorText, t],
  );

  const clear = useCallback(() => setErrors(none), []);
  return { errors, run, clear, setErrors };
}

/** The same simple rule as the API's (zod's email check is stricter; it answers at the field if it disagrees). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
