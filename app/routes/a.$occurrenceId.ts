import { redirect, type LoaderFunctionArgs } from "@remix-run/node";

/** The short link on posters and tear-off strips: /a/<id> is easy to type from paper. */
export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/activiteiten/${encodeURIComponent(params.occurrenceId ?? "")}`, 301);
}
