import { z } from "zod";
import type { UserError } from "./errors";
import { InputErrors } from "./mutation";

/** Validates a mutation input with zod; failures become userErrors naming the input field. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; value: z.infer<T> } | { ok: false; errors: UserError[] } {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({
      field: ["input", ...i.path.map(String)],
      message: i.message,
      code: "INVALID",
    })),
  };
}

/** Like parseInput, for commands: throws the userErrors (the mutation's payload carries them). */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = parseInput(schema, input);
  if (!r.ok) throw new InputErrors(r.errors);
  return r.value;
}

/** Trimmed text between min and max characters, with messages naming the field. */
export const text = (field: string, [min, max]: readonly [number, number]) =>
  z
    .string()
    .trim()
    .min(min, `${field} must be at least ${min} characters`)
    .max(max, `${field} must be at most ${max} characters`);
