import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/utils/auth.server";
import { readForm } from "~/utils/form.server";

export async function action({ request }: ActionFunctionArgs) {
  await readForm(request);
  return signOut(request);
}

export function loader() {
  return redirect("/ik");
}
