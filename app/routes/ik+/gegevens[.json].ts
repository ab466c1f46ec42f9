import type { LoaderFunctionArgs } from "@remix-run/node";
import { personalDataFile } from "~/features/privacy/download.server";
import { collectPersonalData } from "~/features/privacy/export.server";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";

/** /ik/gegevens.json (also /ik/gegevens?formaat=json): everything we keep about me as one JSON file. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const data = await collectPersonalData(actor, actor.user.id);
  if (!data) throw notFound();
  return personalDataFile(data);
}
