import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getResidentForStaff } from "~/features/accounts/queries.server";
import { requireStaff, setActingFor } from "~/utils/auth.server";
import { readForm } from "~/utils/form.server";

/** A buurtwerker starts or stops acting for a resident (assisted use at the desk or by phone). */
export async function action({ request }: ActionFunctionArgs) {
  await requireStaff(request);
  const form = await readForm(request);
  if (form.get("intent") === "stop") return setActingFor(request, null, "/onthaal");
  const resident = await getResidentForStaff(String(form.get("residentId") ?? ""));
  if (!resident) throw new Response("Not found", { status: 404 });
  return setActingFor(request, resident.id, "/activiteiten");
}

export function loader() {
  return redirect("/onthaal");
}
