/**
 * The client's address as the reverse proxy reports it. remix-serve does not expose the socket,
 * so without a proxy all requests share one key and the per-address limits still apply.
 */
export function clientIp(request: Request) {
  const forwarded = request.headers.get("X-Forwarded-For")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("X-Real-IP") || "direct";
}
