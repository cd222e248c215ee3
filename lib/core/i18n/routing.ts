import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./config";

/**
 * Chinese at the addresses the portal always had (`/plan`), English under `/en/…`. The locale is
 * part of the URL so that a page is the same for every visitor of that address and can be
 * served from the cache (issue 14); proxy.ts does the routing (lib/core/i18n/locale-route.ts),
 * next-intl's navigation uses this to write links.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  // The visitor's choice is remembered by the language switch only (lib/core/i18n/actions.ts).
  localeDetection: false,
  localeCookie: false,
});
