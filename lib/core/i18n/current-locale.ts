import "server-only";
import { cookies } from "next/headers";
import * as rootParams from "next/root-params";
import { defaultLocale, isLocale, localeCookie, type Locale } from "./config";

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

/** The language of what is being rendered or answered. */
export async function currentLocale(): Promise<Locale> {
  return (await segmentLocale()) ?? (await rememberedLocale());
}
