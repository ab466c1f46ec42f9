// The browser half of serverCheckedForm (form.server.ts): the fields of a form that only the server checks, with the
// constraint attributes from its Zod schema and the errors and values of the server's last reply. Conform itself is
// not loaded on these pages: on a cheap phone its form state cost more to hydrate than the rest of the page.
import type { SubmissionResult } from "@conform-to/react";
import { useEffect, useRef } from "react";
import type { FormConstraint } from "~/utils/form-constraint";

type InputType = "text" | "email" | "tel" | "number" | "checkbox";

type Options = {
  id: string;
  constraint: FormConstraint;
  lastResult?: SubmissionResult<string[]>;
  defaultValue?: Record<string, string>;
};

export function useServerCheckedForm({ id, constraint, lastResult, defaultValue = {} }: Options) {
  const formRef = useRef<HTMLFormElement>(null);
  // As Conform does: a reply with `resetForm` (a sign-up that went through) empties what was typed, and a refusal
  // puts the cursor in the first field to fix (a screen reader then reads its message).
  useEffect(() => {
    const form = formRef.current;
    if (!form || !lastResult) return;
    if (lastResult.initialValue === null) form.reset();
    if (lastResult.status !== "error") return;
    const fields = Array.from(form.elements).filter((element) => element instanceof HTMLInputElement);
    fields.find((field) => lastResult.error?.[field.name])?.focus();
  }, [lastResult]);

  const values = lastResult?.initialValue ?? defaultValue;
  const errors = lastResult?.error ?? {};
  const errorsOf = (name: string) => errors[name] ?? undefined;
  /** What the field shows: the value sent back by the server, else its default. */
  const valueOf = (name: string) => {
    const value = values[name];
    return typeof value === "string" ? value : undefined;
  };

  return {
    form: { id, errorId: `${id}-error`, errors: errorsOf(""), props: { id, ref: formRef, noValidate: true } },
    errorsOf,
    valueOf,
    /** The attributes of an uncontrolled input: name, id, constraints, and the value to show. */
    input(name: string, type: InputType) {
      const { required, minLength, maxLength, min, max, step, pattern } = constraint[name] ?? {};
      const shown = valueOf(name);
      return {
        id: `${id}-${name}`,
        name,
        type,
        required: required || undefined,
        minLength,
        maxLength,
        min,
        max,
        step,
        pattern,
        ...(type === "checkbox" ? { value: "on", defaultChecked: shown === "on" } : { defaultValue: shown }),
      };
    },
  };
}
