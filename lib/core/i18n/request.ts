import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, timeZone } from "./config";
import { loadMessages } from "./messages";

// No locale segment in URLs: the language is a per-visitor preference kept in a cookie,
// so shared links work for everybody and Chinese stays the default.
export default getRequestConfig(async () => {
  const stored = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  return { locale, timeZone, messages: await loadMessages(locale) };
});
