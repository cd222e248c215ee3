import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("core.common");
  return (
    <footer className="no-print border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600 sm:px-6">
        <p>{t("footer")}</p>
      </div>
    </footer>
  );
}
