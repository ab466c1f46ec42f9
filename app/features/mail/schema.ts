import { z } from "zod";

/** The "send again" button of a failed mail (/beheer/mails). */
export const sendAgainSchema = z.object({ messageId: z.string().min(1).max(64) });
