/**
 * The caller's address as the reverse proxy reports it ("unknown" when there is none), from any
 * header source. Used for rate limits; see the README about trusting X-Forwarded-For.
 */
export function clientIpFrom(header: (name: string) => string | null | undefined): string {
  const forwarded = header("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header("x-real-ip")?.trim() || "unknown";
}
