import { defaultLocale, isLocale, type Locale } from "./config";

/**
 * How an address maps to a locale (used by proxy.ts, the language switch and redirects).
 * Pure, so the rules are unit-tested: `/en/plan` is English, `/plan` Chinese, `/zh-CN/plan`
 * is not canonical (it redirects to `/plan`).
 */
export type LocaleRoute =
  { kind: "prefixed"; locale: Locale; rest: string } | { kind: "unprefixed"; rest: string };

export function readLocaleRoute(pathname: string): LocaleRoute {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const first = match?.[1];
  if (first && isLocale(first)) return { kind: "prefixed", locale: first, rest: match?.[2] ?? "/" };
  return { kind: "unprefixed", rest: pathname || "/" };
}

/** The path without any locale prefix: `/en/plan` → `/plan`, `/en` → `/`. */
export function stripLocale(pathname: string): string {
  const route = readLocaleRoute(pathname);
  return route.rest;
}

/**
 * The address of `path` (a site path, may carry ?query#hash, with or without a locale prefix)
 * in `locale`: `("/plan?year=2026", "en")` → `/en/plan?year=2026`, `("/en/my", "zh-CN")` → `/my`.
 */
export function localizePath(path: string, locale: Locale): string {
  const split = path.search(/[?#]/);
  const pathname = split === -1 ? path : path.slice(0, split);
  const suffix = split === -1 ? "" : path.slice(split);
  const rest = stripLocale(pathname || "/");
  if (locale === defaultLocale) return rest + suffix;
  return (rest === "/" ? `/${locale}` : `/${locale}${rest}`) + suffix;
}

/**
 * The HTTP `Link` header that tells search engines a page's address in each language
 * (hreflang alternates; Chinese is also the default for other languages). `path` is without
 * prefix and query; `origin` is the public origin.
 */
export function alternateLinks(path: string, origin: string): string {
  const zh = `${origin}${localizePath(path, defaultLocale)}`;
  const en = `${origin}${localizePath(path, "en")}`;
  return [
    `<${zh}>; rel="alternate"; hreflang="zh-CN"`,
    `<${en}>; rel="alternate"; hreflang="en"`,
    `<${zh}>; rel="alternate"; hreflang="x-default"`,
  ].join(", ");
}
