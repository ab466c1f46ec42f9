import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { decideHome } from "~/features/homes/mutations.server";
import { decideHomeSchema } from "~/features/homes/schema";
import { requireStaff } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";

/** "Klopt" / "Klopt niet" next to a home on the desk: only for a building where the buurtwerker works (else 404). */
export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const submission = await parseForm(request, decideHomeSchema);
  if (submission.status !== "success") throw new Response("formulier", { status: 400 });
  await decideHome(staff, submission.value.requestId, submission.value.decision);
  return redirect(`/onthaal?woonplaats=${submission.value.decision === "confirm" ? "bevestigd" : "geweigerd"}`, 303);
}

export function loader() {
  return redirect("/onthaal");
}
