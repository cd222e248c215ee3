import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPublicSiteName, listPublicSiteLog } from "@/lib/pairing/sites/public-queries";
import { parsePositive } from "@/lib/pairing/sites/site-params";
import { SiteLogList } from "@/components/pairing/sites/site-log-list";
import { BackLink } from "@/components/ui/back-link";
import { Pager } from "@/components/ui/pager";

type Params = Promise<{ id: string; page: string }>;

// A later page of a site's service log (page 1 is the site's own page). Cached like it: the
// address carries the page, so the page reads no query.
export function generateStaticParams() {
  return [];
}

/** The site and page from the address; page 1 lives at /sites/<id>, so it has no address here. */
async function parse(params: Params) {
  const raw = await params;
  const id = parsePositive(raw.id);
  const page = parsePositive(raw.page);
  return id === null || page === null || page < 2 ? null : { id, page };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const parsed = await parse(params);
  const name = parsed ? await getPublicSiteName(parsed.id) : null;
  if (!parsed || !name) return {};
  const t = await getTranslations("pairing.sites.log");
  return { title: t("pageTitle", { name, page: parsed.page }) };
}

export default async function SiteLogPage({ params }: { params: Params }) {
  const parsed = await parse(params);
  if (!parsed) notFound();
  const [name, log] = await Promise.all([
    getPublicSiteName(parsed.id),
    listPublicSiteLog(parsed.id, parsed.page),
  ]);
  if (!name || !log) notFound();
  const t = await getTranslations("pairing.sites.log");
  const href = (page: number) => (page === 1 ? `/sites/${parsed.id}` : `/sites/${parsed.id}/log/${page}`);
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/sites/${parsed.id}`} label={name} />
      <h1 className="text-2xl font-bold">{t("pageTitle", { name, page: parsed.page })}</h1>
      <SiteLogList entries={log.entries} />
      <Pager page={parsed.page} pageCount={log.pages} href={href} label={t("pagination")} />
    </article>
  );
}
