import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getResidentForStaff } from "~/features/accounts/queries.server";
import { notFound } from "~/utils/app-error";
import { requireActor, requireStaff, startActing, stopActing } from "~/utils/auth.server";
import { readForm } from "~/utils/form.server";

/**
 * A buurtwerker starts or stops acting for a resident (assisted use at the desk or by phone). Each time is a
 * recorded acting session; only residents who live where the buurtwerker works.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (form.get("intent") === "stop") return stopActing(request, await requireActor(request), "/onthaal");
  const staff = await requireStaff(request);
  const resident = await getResidentForStaff(staff, String(form.get("residentId") ?? ""));
  if (!resident) throw notFound();
  return startActing(request, staff, resident.id, "/activiteiten");
}

export function loader() {
  return redirect("/onthaal");
}
