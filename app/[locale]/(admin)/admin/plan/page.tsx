import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { listPlanYearsForAdmin } from "@/lib/activities/admin/queries";
import { YearForm } from "@/components/activities/admin/year-form";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.admin");
  return { title: t("title") };
}

export default async function AdminPlanPage() {
  await requireAdmin("/admin/plan");
  const [t, years] = await Promise.all([getTranslations("activities.admin"), listPlanYearsForAdmin()]);
  const nextYear = (years[0]?.year ?? new Date().getFullYear()) + 1;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="years-heading" className="space-y-3">
        <h2 id="years-heading" className="text-lg font-semibold">
          {t("years")}
        </h2>
        {years.length === 0 ? <p className="text-stone-700">{t("noYears")}</p> : null}
        <ul className="space-y-2">
          {years.map((plan) => (
            <Card as="li" key={plan.year}>
              <Link href={`/admin/plan/${plan.year}`} className="font-medium text-brand-700 underline">
                {plan.year} · {plan.title}
              </Link>
              <p className="text-sm text-stone-700">
                {plan.status === "PUBLISHED" ? t("statusPublished") : t("statusDraft")} ·{" "}
                {t("activityCount", { count: plan._count.activities })} ·{" "}
                {t("maxLeads", { max: plan.maxLeadsPerUnit })}
              </p>
            </Card>
          ))}
        </ul>
      </section>
      <Card aria-labelledby="new-year-heading" className="space-y-3">
        <h2 id="new-year-heading" className="text-lg font-semibold">
          {t("newYear")}
        </h2>
        <YearForm suggestedYear={nextYear} />
      </Card>
    </div>
  );
}
