import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/core/i18n/actions";

/**
 * A plain form so switching works without JavaScript; the choice is kept in a cookie. The
 * visible text is the other language's own name (in that language); the accessible name starts
 * with a hidden "Language:" in the current one and contains the visible text, as WCAG 2.5.3
 * asks so voice control users can say what they see.
 */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("core.common");
  const next = locale === "en" ? "zh-CN" : "en";
  return (
    <form action={setLocale} className="shrink-0">
      <input type="hidden" name="locale" value={next} />
      <button
        type="submit"
        className="flex min-h-11 items-center rounded border border-stone-300 px-3 text-sm whitespace-nowrap hover:bg-stone-100"
      >
        <span className="sr-only">{t("language")} </span>
        <span lang={next}>{t("switchTo")}</span>
      </button>
    </form>
  );
}
