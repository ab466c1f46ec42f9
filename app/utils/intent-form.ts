// One Conform form per intent on a page with several forms: each shows only its own result.
import { useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { useActionData } from "@remix-run/react";
import type { z } from "zod";

/** `subject` tells apart forms with the same intent (one comment form per item). */
export type IntentActionData = { intent?: string; subject?: string; result: SubmissionResult<string[]> };

export function useIntentForm<Shape extends Record<string, unknown>>(
  intent: string,
  schema: z.ZodTypeAny,
  { defaultValue, subject }: { defaultValue?: DefaultValue<Shape>; subject?: string } = {},
) {
  const actionData = useActionData<IntentActionData>();
  const mine = actionData?.intent === intent && (subject === undefined || actionData.subject === subject);
  return useForm<Shape>({
    id: `form-${intent}${subject ? `-${subject}` : ""}`,
    lastResult: mine ? actionData.result : undefined,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
  });
}
