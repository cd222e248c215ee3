import type { APIRequestContext } from "@playwright/test";

/**
 * What the server's cache says of an address (`HIT`, `MISS`, `STALE`), or undefined when the
 * response is not a cached route's (rendered per request, or a redirect).
 */
export async function cacheStateOf(request: APIRequestContext, path: string): Promise<string | undefined> {
  return (await request.get(path, { maxRedirects: 0 })).headers()["x-nextjs-cache"];
}
