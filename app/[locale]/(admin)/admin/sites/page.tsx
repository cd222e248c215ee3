import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireAdmin } from "@/lib/core/auth/session";
import { listSitesForAdmin } from "@/lib/pairing/sites/queries";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.sites.admin");
  return { title: t("title") };
}

export default async function AdminSitesPage() {
  await requireAdmin("/admin/sites");
  const [t, ts, sites] = await Promise.all([
    getTranslations("pairing.sites.admin"),
    getTranslations("pairing.sites"),
    listSitesForAdmin(),
  ]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin" label={t("backToAdmin")} />
      <PageHeader title={t("title")} actions={[{ href: "/admin/sites/new", label: t("new") }]} />
      {sites.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          {t("empty")}
        </p>
      ) : (
        <ul className="space-y-3">
          {sites.map((site) => (
            <li key={site.id} className="card-raised space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/admin/sites/${site.id}`}
                  className="font-semibold break-words text-brand-700 underline underline-offset-2"
                >
                  {site.name}
                </Link>
                {site.active ? null : <Badge tone="amber">{ts("inactive")}</Badge>}
              </p>
              <p className="text-sm text-stone-700">
                {site.community.name}
                {site.areaSqm === null ? null : ` · ${ts("areaValue", { area: Number(site.areaSqm) })}`}
              </p>
              <p className="text-sm text-stone-600">
                {t("counts", { units: site._count.units, entries: site._count.logEntries })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
