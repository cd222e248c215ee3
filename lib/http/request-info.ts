import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "./client-ip";

/**
 * The request's headers, or null outside a request (scripts, tests). Next's own control-flow
 * errors (they carry a digest) are rethrown so dynamic rendering still works.
 */
async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch (error) {
    if (error && typeof error === "object" && "digest" in error) throw error;
    return null;
  }
}

/** The caller's address as the reverse proxy reports it, "unknown" when there is none. */
export async function clientIp(): Promise<string> {
  const list = await requestHeaders();
  return clientIpFrom((name) => list?.get(name));
}

/**
 * The site's public origin for links in mail: NEXTAUTH_URL when configured (the trusted
 * setting), else the host the request came to.
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  const list = await requestHeaders();
  const host = list?.get("x-forwarded-host") ?? list?.get("host");
  if (!host) return "http://localhost:3000";
  const proto = list?.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}`;
}
