import { ErrorMessage } from "~/components/ui/error-message";

// Unknown URLs render the 404 inside the app shell, in the user's language.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
