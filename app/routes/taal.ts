import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { setPreferredLocale } from "~/features/accounts/mutations.server";
import { getActor, safeRedirect } from "~/utils/auth.server";
import { readForm } from "~/utils/form.server";
import { isLocale } from "~/utils/i18n";
import { localeCookie } from "~/utils/i18n.server";

/** The language switcher posts here from every page; remembered in a cookie and on the user. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const locale = form.get("locale");
  const redirectTo = safeRedirect(String(form.get("redirectTo") ?? "/"));
  if (!isLocale(locale)) return redirect(redirectTo);
  const actor = await getActor(request);
  // While acting for a resident the buurtwerker changes the screen's language, not the resident's preference.
  if (actor && !actor.acting) await setPreferredLocale(actor.user.id, locale);
  return redirect(redirectTo, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}

export function loader() {
  return redirect("/");
}
