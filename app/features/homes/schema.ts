// The forms about where people live. Messages are translation keys.
import { z } from "zod";

/** /ik/woonplaats: the neighbourhood, and if they live in one of the listed blocks, which one and which flat. */
export const homeSchema = z
  .object({
    neighbourhoodId: z.string({ required_error: "common:residence.pickNeighbourhood" }).min(1, "common:residence.pickNeighbourhood").max(64),
    buildingId: z.string().max(64).optional(),
    unit: z.string().trim().max(20, "common:form.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.buildingId && !value.unit) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["unit"], message: "common:residence.unitNeeded" });
  });
export type HomeInput = z.infer<typeof homeSchema>;

/** The desk's buttons next to a request: yes, this person lives there; or no. */
export const decideHomeSchema = z.object({ requestId: z.string().min(1).max(64), decision: z.enum(["confirm", "refuse"]) });
