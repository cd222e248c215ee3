import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { parseAdminUnitFilter } from "@/lib/units/admin/list-params";
import { listUnitsForAdmin } from "@/lib/units/admin/queries";
import { BackLink } from "@/components/ui/back-link";
import { UnitFilterForm } from "@/components/units/admin/unit-filter-form";
import { UnitList } from "@/components/units/admin/unit-list";
import { PageHeader } from "@/components/ui/page-header";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.admin");
  return { title: t("title") };
}

const statuses = ["ACTIVE", "SUSPENDED", "WITHDRAWN"] as const;

export default async function AdminUnitsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/units");
  const filter = parseAdminUnitFilter(await searchParams);
  const [t, te, { units, counts }] = await Promise.all([
    getTranslations("units.admin"),
    getTranslations("core.enums"),
    listUnitsForAdmin(filter),
  ]);
  const total = counts.ACTIVE + counts.SUSPENDED + counts.WITHDRAWN;
  return (
    <div className="space-y-6">
      <BackLink href="/admin" label={t("backToAdmin")} />
      <PageHeader
        title={t("title")}
        actions={[
          { href: "/admin/units/new", label: t("newUnit") },
          { href: "/admin/units/import", label: t("importUnits") },
        ]}
      />
      <section aria-label={t("list.counts")}>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {[{ key: "total", label: t("list.total"), value: total, href: "/admin/units" }]
            .concat(
              statuses.map((status) => ({
                key: status,
                label: te(`UnitStatus.${status}`),
                value: counts[status],
                href: `/admin/units?status=${status}`,
              })),
            )
            .map((item) => (
              <div key={item.key} className="rounded-lg bg-white p-3 shadow-sm">
                <dt className="text-sm text-stone-600">{item.label}</dt>
                <dd>
                  <Link href={item.href} className="text-2xl font-bold text-stone-900 hover:text-brand-700">
                    {item.value}
                  </Link>
                </dd>
              </div>
            ))}
        </dl>
      </section>
      <UnitFilterForm filter={filter} />
      {filter.withoutItem ? (
        <p className="text-stone-800">{t("list.withoutItem", { year: filter.withoutItem })}</p>
      ) : null}
      {filter.idle ? <p className="text-stone-800">{t("list.idle", { ...filter.idle })}</p> : null}
      <p className="text-sm text-stone-700" role="status" data-count={units.length}>
        {t("list.resultCount", { count: units.length })}
      </p>
      {units.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          {t("list.empty")}
        </p>
      ) : (
        <UnitList units={units} />
      )}
    </div>
  );
}
