import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { keepAccount } from "~/features/privacy/erase.server";
import { requireStaff } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";

const keepSchema = z.object({ residentId: z.string().min(1) });

/** "Keep" on the desk's review list: the account stays and is not put up for a look again for a long time. */
export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const submission = await parseForm(request, keepSchema);
  if (submission.status !== "success") throw new Response("formulier", { status: 400 });
  await keepAccount(staff, submission.value.residentId);
  return redirect("/onthaal?gehouden=1", 303);
}

export function loader() {
  return redirect("/onthaal");
}
