import { personal } from "~/utils/cache-headers.server";
import type { PersonalData } from "~/features/privacy/export.server";

/**
 * The export as a file to keep or take elsewhere (GDPR article 20): JSON, dates in ISO 8601. Thrown from the page's
 * loader so the same address answers with the file instead of the page.
 */
export function personalDataFile(data: PersonalData) {
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="warme-buurt-mijn-gegevens.json"',
      "Cache-Control": personal,
    },
  });
}
