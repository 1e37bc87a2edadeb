import type { z } from "zod";
import type { UserError } from "./errors";

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
