import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const [t, tn, tc, ts, tr] = await Promise.all([
    getTranslations("core.common"),
    getTranslations("core.nav"),
    getTranslations("pairing.communities"),
    getTranslations("pairing.sites"),
    getTranslations("overview.results"),
  ]);
  return (
    <footer className="no-print border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 text-sm text-stone-600 sm:px-6">
        <p>{t("footer")}</p>
        <nav aria-label={tn("footer")} className="flex flex-wrap gap-x-6">
          <Link href="/about" className="footer-link">
            {tn("about")}
          </Link>
          <Link href="/communities" className="footer-link">
            {tc("navLink")}
          </Link>
          <Link href="/sites" className="footer-link">
            {ts("navLink")}
          </Link>
          <Link href="/results" className="footer-link">
            {tr("navLink")}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
