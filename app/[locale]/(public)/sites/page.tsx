import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { listPublicSites } from "@/lib/pairing/sites/public-queries";

// Rendered once, then served from the cache (lib/core/site/cached-pages.ts): the same for
// every visitor; the service-site actions and activity reports expire it (siteChanged).

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.sites");
  return { title: t("title") };
}

export default async function SitesPage() {
  const [t, sites] = await Promise.all([getTranslations("pairing.sites"), listPublicSites()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      {sites.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {sites.map((site) => (
            <li key={site.id} className="card-raised space-y-1">
              <h2 className="text-lg font-semibold">
                <Link
                  href={`/sites/${site.id}`}
                  className="break-words text-brand-700 underline underline-offset-2"
                >
                  {site.name}
                </Link>
              </h2>
              <p className="text-sm text-stone-700">
                {site.community.name}
                {site.areaSqm === null ? null : ` · ${t("areaValue", { area: site.areaSqm })}`}
              </p>
              <p className="text-sm text-stone-700">{t("totalsLine", site.totals)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
