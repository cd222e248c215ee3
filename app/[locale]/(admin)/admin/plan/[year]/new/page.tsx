import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { yearNumber } from "@/lib/activities/admin/schemas";
import { getPlanYearForAdmin } from "@/lib/activities/admin/queries";
import { BackLink } from "@/components/ui/back-link";
import { ActivityForm } from "@/components/activities/admin/activity-form";
import { activityFormOptions } from "@/components/activities/admin/activity-form-options";
import { Card } from "@/components/ui/card";

type Params = Promise<{ year: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.admin.activities");
  return { title: t("add") };
}

export default async function NewPlanActivityPage({ params }: { params: Params }) {
  const raw = (await params).year;
  await requireAdmin(`/admin/plan/${encodeURIComponent(raw)}/new`);
  const parsed = yearNumber.safeParse(raw);
  const plan = parsed.success ? await getPlanYearForAdmin(parsed.data) : null;
  if (!plan) notFound();
  const [t, options] = await Promise.all([getTranslations("activities.admin"), activityFormOptions()]);
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/plan/${plan.year}`} label={t("backToYear", { year: plan.year })} />
      <h1 className="text-2xl font-bold">{t("activities.addTo", { year: plan.year })}</h1>
      <Card as="div">
        <ActivityForm year={plan.year} options={options} />
      </Card>
    </div>
  );
}
