/**
 * The private request header the portal's own server (scripts/serve-next.ts) fills with the
 * caller's address, after deleting any copy the client sent. Rate limits read only this.
 */
export const clientIpHeader = "x-rz-client-ip";

/**
 * The caller's address for rate limits ("unknown" when there is none, e.g. under `next dev`).
 * X-Forwarded-For is never read here: a client can write it, and `next start` passes a
 * client-written one through untouched. The server resolves it against TRUSTED_PROXIES.
 */
export function clientIpFrom(header: (name: string) => string | null | undefined): string {
  const value = header(clientIpHeader)?.trim();
  return value && value.length <= 64 ? value : "unknown";
}
