import "server-only";
import { redirect } from "next/navigation";
import { currentLocale } from "./current-locale";
import { localizePath } from "./locale-route";

/** Redirects to a site path in the language of the page or request (`/my` → `/en/my`). */
export async function redirectLocalized(path: string): Promise<never> {
  redirect(localizePath(path, await currentLocale()));
}

/** The current page's address of a site path, for links built as strings. */
export async function localizedPath(path: string): Promise<string> {
  return localizePath(path, await currentLocale());
}
