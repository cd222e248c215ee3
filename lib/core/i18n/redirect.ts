import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isLocale, defaultLocale } from "./config";
import { localizePath } from "./locale-route";

/** Redirects to a site path in the language of the page being rendered (`/my` → `/en/my`). */
export async function redirectLocalized(path: string): Promise<never> {
  const locale = await getLocale();
  redirect(localizePath(path, isLocale(locale) ? locale : defaultLocale));
}

/** The current page's address of a site path, for links built as strings. */
export async function localizedPath(path: string): Promise<string> {
  const locale = await getLocale();
  return localizePath(path, isLocale(locale) ? locale : defaultLocale);
}
