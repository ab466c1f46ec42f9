import { randomUUID } from "node:crypto";
import { remember } from "@epic-web/remember";

/**
 * Values worked out once per request, however many loaders ask (the Actor: three queries). Remix hands each loader
 * its own copy of the Request (it strips `?index` and `?_routes`), so the Request object itself cannot be the key:
 * the HTTP server (app/server/index.ts) marks a page request with an id in a header of its own, set after dropping
 * any such header a visitor sent, and forgets the id once the answer is out. A change (POST) gets no id: what its
 * action changed (a name, a role) must be read fresh by the loaders after it.
 */
export const REQUEST_ID_HEADER = "x-warme-buurt-request";

// On globalThis: the HTTP server and the Remix build are bundled apart, each with its own copy of this module.
const scopes = remember("request-scopes", () => new Map<string, Map<string, unknown>>());
// Outside the HTTP server (tests calling a loader directly, a change): one scope per Request object.
const scopesOfRequests = new WeakMap<Request, Map<string, unknown>>();

export function openRequestScope(): string {
  const id = randomUUID();
  scopes.set(id, new Map());
  return id;
}

export function closeRequestScope(id: string) {
  scopes.delete(id);
}

export function oncePerRequest<T>(request: Request, key: string, make: () => T): T {
  const id = request.headers.get(REQUEST_ID_HEADER);
  let scope = id === null ? undefined : scopes.get(id);
  if (!scope) {
    scope = scopesOfRequests.get(request) ?? new Map<string, unknown>();
    scopesOfRequests.set(request, scope);
  }
  if (scope.has(key)) return scope.get(key) as T;
  const value = make();
  scope.set(key, value);
  return value;
}
