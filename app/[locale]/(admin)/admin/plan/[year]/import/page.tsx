import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { yearNumber } from "@/lib/activities/admin/schemas";
import { getPlanYearForAdmin } from "@/lib/activities/admin/queries";
import { activityHeaderAliases, activityImportFields } from "@/lib/activities/admin/import/fields";
import { BackLink } from "@/components/ui/back-link";
import { ActivityImport } from "@/components/activities/admin/activity-import";

type Params = Promise<{ year: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.admin.activities");
  return { title: t("import") };
}

export default async function ImportPlanActivitiesPage({ params }: { params: Params }) {
  const raw = (await params).year;
  await requireAdmin(`/admin/plan/${encodeURIComponent(raw)}/import`);
  const parsed = yearNumber.safeParse(raw);
  const plan = parsed.success ? await getPlanYearForAdmin(parsed.data) : null;
  if (!plan) notFound();
  const t = await getTranslations("activities.admin");
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/plan/${plan.year}`} label={t("backToYear", { year: plan.year })} />
      <h1 className="text-2xl font-bold">{t("import.heading", { year: plan.year })}</h1>
      <p className="text-stone-700">{t("import.intro")}</p>
      <p className="text-sm text-stone-700">
        {t("import.columns")}{" "}
        {activityImportFields.map((field) => `${activityHeaderAliases[field][1]}（${field}）`).join("、")}
      </p>
      <ActivityImport year={plan.year} />
    </div>
  );
}
