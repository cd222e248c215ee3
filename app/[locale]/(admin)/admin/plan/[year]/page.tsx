import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { yearNumber } from "@/lib/activities/admin/schemas";
import { loadAdminPlanYear, parseActivityStage } from "@/lib/activities/admin/queries";
import { StageFilter } from "@/components/activities/admin/stage-filter";
import { BackLink } from "@/components/ui/back-link";
import { MoveButtons } from "@/components/activities/admin/move-buttons";
import { PublishForm } from "@/components/activities/admin/publish-form";
import { YearForm } from "@/components/activities/admin/year-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("activities.admin");
  return { title: `${t("title")} ${(await params).year}` };
}

const linkButton = buttonClass("secondary", "text-sm");

export default async function AdminPlanYearPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const raw = (await params).year;
  await requireAdmin(`/admin/plan/${encodeURIComponent(raw)}`);
  const parsed = yearNumber.safeParse(raw);
  // ?stage= narrows the list to the items the admin overview counted (lib/activities/admin/stages.ts).
  const stage = parseActivityStage((await searchParams).stage);
  const loaded = parsed.success ? await loadAdminPlanYear(parsed.data, stage) : null;
  if (!loaded) notFound();
  const { plan, activities } = loaded;
  const [t, te] = await Promise.all([getTranslations("activities.admin"), getTranslations("core.enums")]);
  const version = plan.updatedAt.toISOString();
  const published = plan.status === "PUBLISHED";
  return (
    <div className="space-y-8">
      <BackLink href="/admin/plan" label={t("backToYears")} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">
          {plan.year} · {plan.title}
        </h1>
        <p className="text-stone-700">{published ? t("statusPublished") : t("statusDraft")}</p>
      </header>
      <section aria-labelledby="activities-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="activities-heading" className="text-lg font-semibold" data-count={activities.length}>
            {stage
              ? t("stages.heading", { stage, count: activities.length })
              : t("activities.heading", { count: activities.length })}
          </h2>
          <div className="flex flex-wrap gap-2">
            <Link href={`/admin/plan/${plan.year}/new`} className={linkButton}>
              {t("activities.add")}
            </Link>
            <Link href={`/admin/plan/${plan.year}/import`} className={linkButton}>
              {t("activities.import")}
            </Link>
            <a href={`/admin/plan/${plan.year}/export.csv`} className={linkButton} download>
              {t("activities.exportCsv")}
            </a>
            <a href={`/admin/plan/${plan.year}/export.xlsx`} className={linkButton} download>
              {t("activities.exportXlsx")}
            </a>
          </div>
        </div>
        <StageFilter year={plan.year} current={stage} />
        {activities.length === 0 ? (
          <p className="text-stone-700">{stage ? t("stages.empty") : t("activities.empty")}</p>
        ) : null}
        <ol className="space-y-2">
          {activities.map((activity, index) => (
            <li
              key={activity.id}
              className="flex flex-wrap items-start justify-between gap-2 rounded-lg bg-white p-3 shadow-sm"
            >
              <div className="min-w-0 space-y-1">
                <Link
                  href={`/admin/plan/${plan.year}/activities/${activity.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {activity.title}
                </Link>
                <p className="text-sm text-stone-700">
                  {activity.plannedDate
                    ? activity.plannedDate.toISOString().slice(0, 10)
                    : t("activities.month", { month: activity.plannedMonth })}
                  {" · "}
                  {te(`ActivityStatus.${activity.status}`)}
                  {" · "}
                  {activity.leadUnit
                    ? t("activities.lead", { unit: activity.leadUnit.name })
                    : t("activities.unclaimed")}
                  {" · "}
                  {t("activities.joined", { count: activity._count.participations })}
                </p>
              </div>
              {/* Moving needs the whole list: a filtered one hides neighbours. */}
              {stage ? null : (
                <MoveButtons
                  id={activity.id}
                  title={activity.title}
                  first={index === 0}
                  last={index === activities.length - 1}
                />
              )}
            </li>
          ))}
        </ol>
      </section>
      <Card aria-labelledby="publish-heading" className="space-y-3">
        <h2 id="publish-heading" className="text-lg font-semibold">
          {t("publish.heading")}
        </h2>
        <PublishForm year={plan.year} version={version} published={published} />
      </Card>
      <Card aria-labelledby="settings-heading" className="space-y-3">
        <h2 id="settings-heading" className="text-lg font-semibold">
          {t("settings")}
        </h2>
        <YearForm
          key={version}
          plan={{
            year: plan.year,
            title: plan.title,
            maxLeadsPerUnit: plan.maxLeadsPerUnit,
            releaseDeadline: plan.releaseDeadline ? plan.releaseDeadline.toISOString().slice(0, 10) : "",
            version,
          }}
        />
      </Card>
    </div>
  );
}
