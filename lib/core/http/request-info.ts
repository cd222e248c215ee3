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
