/**
 * The public pages that are rendered once and served from the cache to every visitor (issue 14):
 * they read no cookie, no header and no query, so the same HTML serves everyone of their locale.
 * Paths are without the locale prefix. proxy.ts gives them a script policy without a nonce
 * (a cached page cannot carry a per-request nonce); scripts/check-weight.ts measures them.
 */
const cachedPagePatterns = [
  /^\/$/,
  /^\/about$/,
  /^\/plan$/,
  /^\/activities\/[^/]+$/,
  /^\/units$/,
  /^\/units\/[^/]+$/,
  /^\/units\/[^/]+\/years\/[^/]+$/,
  /^\/meetings$/,
  /^\/meetings\/[^/]+$/,
  /^\/rotation$/,
  /^\/venues$/,
  /^\/venues\/[^/]+$/,
  /^\/sites$/,
  /^\/sites\/[^/]+$/,
  /^\/sites\/[^/]+\/log\/[^/]+$/,
  /^\/needs$/,
  /^\/needs\/[^/]+$/,
  /^\/communities$/,
  /^\/communities\/[^/]+$/,
  /^\/pairings$/,
  /^\/pairings\/[^/]+$/,
  /^\/results$/,
  /^\/results\/[^/]+$/,
];

export function isCachedPublicPage(pathname: string): boolean {
  return cachedPagePatterns.some((pattern) => pattern.test(pathname));
}
