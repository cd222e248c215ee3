/**
 * The caller's address for rate limits ("unknown" when there is none).
 *
 * X-Forwarded-For is a list each proxy appends its peer to, so only the right-hand entries
 * are trustworthy: anything further left may have been written by the client to dodge a
 * limit. TRUSTED_PROXY_HOPS (default 1: one reverse proxy, or `next start` itself, which fills
 * the header from the socket when it is absent) says how many entries from the right to go.
 */
export function clientIpFrom(
  header: (name: string) => string | null | undefined,
  hops: number = trustedProxyHops(),
): string {
  const entries = (header("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length > 0) return entries[Math.max(0, entries.length - hops)]!;
  return header("x-real-ip")?.trim() || "unknown";
}

function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}
