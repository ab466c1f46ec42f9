/**
 * The client's address as the reverse proxy reports it, or null. The socket address is not passed to Remix:
 * without a proxy every visitor would share one address, so callers skip per-address limits then.
 */
export function clientIp(request: Request): string | null {
  const forwarded = request.headers.get("X-Forwarded-For")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("X-Real-IP") || null;
}
