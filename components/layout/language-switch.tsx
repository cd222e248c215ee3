import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/actions";

/** A plain form so switching works without JavaScript; the choice is kept in a cookie. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const next = locale === "en" ? "zh-CN" : "en";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={next} />
      <button
        type="submit"
        lang={next}
        aria-label={t("switchToLabel")}
        className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
