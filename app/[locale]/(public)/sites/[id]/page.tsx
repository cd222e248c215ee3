import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { getPublicSite, getPublicSiteName, listPublicSiteLog } from "@/lib/pairing/sites/public-queries";
import { parsePositive } from "@/lib/pairing/sites/site-params";
import { SiteLogList } from "@/components/pairing/sites/site-log-list";
import { SiteTotals } from "@/components/pairing/sites/site-totals";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { Pager } from "@/components/ui/pager";

type Params = Promise<{ id: string }>;

// Rendered on first request, then served from the cache (issue 14): the same for everybody.
// The log's later pages are /sites/<id>/log/<n>, cached the same way.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parsePositive((await params).id);
  const name = id === null ? null : await getPublicSiteName(id);
  return name ? { title: name } : {};
}

const link = "text-brand-700 underline underline-offset-2";

export default async function SitePage({ params }: { params: Params }) {
  const id = parsePositive((await params).id);
  if (id === null) notFound();
  const [site, log] = await Promise.all([getPublicSite(id), listPublicSiteLog(id, 1)]);
  if (!site || !log) notFound();
  const [t, tl, ts, format] = await Promise.all([
    getTranslations("pairing.sites"),
    getTranslations("pairing.sites.log"),
    getTranslations("pairing.sites.servedBy"),
    getFormatter(),
  ]);

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/sites" label={t("backToSites")} />
      <header className="space-y-2">
        <p className="text-sm font-medium text-brand-700">{t("title")}</p>
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{site.name}</h1>
        {site.active ? null : (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("inactiveNote")}</p>
        )}
      </header>

      <Card variant="outlined" aria-label={t("details")}>
        <DetailList>
          <DetailRow label={t("community")}>
            <Link href={`/communities/${site.community.id}`} className={link}>
              {site.community.name}
            </Link>
          </DetailRow>
          {site.areaSqm === null ? null : (
            <DetailRow label={t("area")}>{t("areaValue", { area: site.areaSqm })}</DetailRow>
          )}
          {site.address ? <DetailRow label={t("address")}>{site.address}</DetailRow> : null}
          {site.point ? (
            <DetailRow label={t("location")}>
              {t("locationValue", {
                latitude: site.point.latitude.toFixed(5),
                longitude: site.point.longitude.toFixed(5),
              })}
            </DetailRow>
          ) : null}
          {site.description ? (
            <DetailRow label={t("description")}>
              <p className="whitespace-pre-line">{site.description}</p>
            </DetailRow>
          ) : null}
        </DetailList>
      </Card>

      <SiteTotals totals={site.totals} />

      <section aria-labelledby="served-by-heading" className="space-y-2">
        <h2 id="served-by-heading" className="text-lg font-semibold">
          {ts("heading")}
        </h2>
        {site.units.length === 0 ? (
          <p className="text-stone-600">{ts("empty")}</p>
        ) : (
          <ul className="space-y-1">
            {site.units.map(({ unit, since }) => (
              <li key={unit.id}>
                {unit.status === "WITHDRAWN" ? (
                  unit.name
                ) : (
                  <Link href={`/units/${unit.slug}`} className={link}>
                    {unit.name}
                  </Link>
                )}
                <span className="ml-2 text-sm text-stone-600">
                  {ts("since", { date: format.dateTime(since, { timeZone: "UTC", dateStyle: "medium" }) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="log-heading" className="space-y-3">
        <h2 id="log-heading" className="text-lg font-semibold">
          {tl("heading")}
        </h2>
        <SiteLogList entries={log.entries} />
        <Pager
          page={1}
          pageCount={log.pages}
          href={(page) => (page === 1 ? `/sites/${site.id}` : `/sites/${site.id}/log/${page}`)}
          label={tl("pagination")}
        />
      </section>
    </article>
  );
}
