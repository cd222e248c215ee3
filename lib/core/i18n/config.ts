import { beijingTimeZone } from "@/lib/core/time/beijing";

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
/** Cookie that remembers the visitor's language choice. */
export const localeCookie = "NEXT_LOCALE";
/** Beijing time for every date next-intl formats (lib/core/time/beijing.ts). */
export const timeZone = beijingTimeZone;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
