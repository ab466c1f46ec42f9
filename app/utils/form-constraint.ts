import { getZodConstraint } from "@conform-to/zod";
import type { z } from "zod";

export type FormConstraint = ReturnType<typeof getZodConstraint>;

const constraints = new WeakMap<z.ZodTypeAny, FormConstraint>();

/**
 * The browser's checks of a form (required, min, max, pattern...) from its Zod schema, worked out once per schema:
 * a Conform form asks on every render, and walking the schema each time was a tenth of its cost on the server.
 * Conform only reads it.
 */
export function constraintOf(schema: z.ZodTypeAny): FormConstraint {
  let constraint = constraints.get(schema);
  if (!constraint) {
    constraint = getZodConstraint(schema);
    constraints.set(schema, constraint);
  }
  return constraint;
}
