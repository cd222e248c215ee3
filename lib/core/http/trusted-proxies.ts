import { BlockList, isIP } from "node:net";

// Which peers may tell us the client's address (TRUSTED_PROXIES), and the address that follows
// from a request's socket and X-Forwarded-For. Used by scripts/serve-next.ts, never by pages.

export type TrustedProxies = { list: BlockList; empty: boolean };

/** "::ffff:10.0.0.2" (an IPv4 peer on a dual-stack socket) → "10.0.0.2". */
export function normaliseAddress(address: string | undefined): string | null {
  if (!address) return null;
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const plain = mapped ? mapped[1]! : trimmed;
  return isIP(plain) ? plain : null;
}

/**
 * Parses "10.0.0.2, 10.0.0.0/8, fd00::/8". Throws on a malformed entry: a typo must stop the
 * server rather than silently trust nobody (or everybody).
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split("/");
    const ip = normaliseAddress(address);
    const type = ip && isIP(ip) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = type === "ipv6" ? 128 : 32;
    if (
      !ip ||
      extra !== undefined ||
      (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or address/prefix`);
    }
    if (bits === null) list.addAddress(ip, type);
    else list.addSubnet(ip, bits, type);
  }
  return { list, empty: entries.length === 0 };
}

function isTrusted(proxies: TrustedProxies, address: string): boolean {
  return !proxies.empty && proxies.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy; then
 * X-Forwarded-For is walked from the right, skipping trusted proxies, and the first address
 * not trusted is the client (entries further left were written by the client and are ignored).
 */
export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: TrustedProxies,
): string {
  const peer = normaliseAddress(socketAddress);
  if (!peer) return "unknown";
  if (!isTrusted(proxies, peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",");
  let client = peer;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normaliseAddress(hops[index]);
    if (!hop) break; // garbage: stop at the last address we could trust
    client = hop;
    if (!isTrusted(proxies, hop)) break;
  }
  return client;
}
