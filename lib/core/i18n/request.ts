import { cookies } from "next/headers";
import * as rootParams from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookie, timeZone, type Locale } from "./config";
import { loadMessages } from "./messages";

// Pages: the locale is the `[locale]` segment of the URL (next/root-params), so rendering a
// page reads no cookie and public pages can be cached. Route handlers and server actions have
// no root params (Next 16.4): there the visitor's remembered choice or Chinese applies.
async function segmentLocale(): Promise<Locale | undefined> {
  try {
    const value = await rootParams.locale();
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

async function rememberedLocale(): Promise<Locale> {
  const stored = (await cookies()).get(localeCookie)?.value;
  return isLocale(stored) ? stored : defaultLocale;
}

export default getRequestConfig(async ({ locale: requested }) => {
  const locale = isLocale(requested) ? requested : ((await segmentLocale()) ?? (await rememberedLocale()));
  return { locale, timeZone, messages: await loadMessages(locale) };
});
