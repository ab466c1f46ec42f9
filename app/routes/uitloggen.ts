import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/utils/auth.server";
import { readForm } from "~/utils/form.server";

/** Signs out here, or on every device at once (`intent=everywhere`: a lost phone, a borrowed computer). */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  return signOut(request, { everywhere: form.get("intent") === "everywhere" });
}

export function loader() {
  return redirect("/ik");
}
