import { getRequestConfig } from "next-intl/server";
import { isLocale, timeZone } from "./config";
import { currentLocale } from "./current-locale";
import { loadMessages } from "./messages";

export default getRequestConfig(async ({ locale: requested }) => {
  const locale = isLocale(requested) ? requested : await currentLocale();
  return { locale, timeZone, messages: await loadMessages(locale) };
});
