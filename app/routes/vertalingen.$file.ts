import type { LoaderFunctionArgs } from "@remix-run/node";
import { translationsFile } from "~/utils/i18n.server";

/**
 * A page's texts for the browser (see PageTranslations in app/utils/i18n.ts): public, the same for everyone, and
 * named by their hash, so browsers and the service worker keep them for a year.
 */
export function loader({ params }: LoaderFunctionArgs) {
  const file = translationsFile(params.file ?? "");
  if (!file) throw new Response("Not found", { status: 404 });
  return new Response(file.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": file.current ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
