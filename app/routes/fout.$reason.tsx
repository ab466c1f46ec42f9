import type { LoaderFunctionArgs } from "@remix-run/node";
import { ErrorMessage } from "~/components/ui/error-message";

const statusOf: Record<string, number> = { formulier: 400, herkomst: 403, "te-groot": 413, soort: 415 };

/**
 * The page the HTTP server shows when its request gate (app/server/request-gate.ts) refuses a form before the app
 * reads it: the app's own error page, in the visitor's language, with the refusal's status.
 */
export function loader({ params }: LoaderFunctionArgs) {
  const status = statusOf[params.reason ?? ""] ?? 404;
  throw new Response(params.reason ?? "", { status });
}

export default function Refused() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
