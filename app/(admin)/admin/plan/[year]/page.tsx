import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { yearNumber } from "@/lib/activities/admin/schemas";
import { loadAdminPlanYear } from "@/lib/activities/admin/queries";
import { BackLink } from "@/components/units/admin/back-link";
import { MoveButtons } from "@/components/activities/admin/move-buttons";
import { PublishForm } from "@/components/activities/admin/publish-form";
import { YearForm } from "@/components/activities/admin/year-form";
import { buttonClass } from "@/components/ui/button";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("activities.admin");
  return { title: `${t("title")} ${(await params).year}` };
}

const linkButton = buttonClass("secondary", "text-sm");

export default async function AdminPlanYearPage({ params }: { params: Params }) {
  const raw = (await params).year;
  await requireAdmin(`/admin/plan/${encodeURIComponent(raw)}`);
  const parsed = yearNumber.safeParse(raw);
  const loaded = parsed.success ? await loadAdminPlanYear(parsed.data) : null;
  if (!loaded) notFound();
  const { plan, items } = loaded;
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
      <section aria-labelledby="items-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="items-heading" className="text-lg font-semibold">
            {t("activities.heading", { count: items.length })}
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
        {items.length === 0 ? <p className="text-stone-700">{t("activities.empty")}</p> : null}
        <ol className="space-y-2">
          {items.map((item, index) => (
            <li
              key={item.id}
              className="flex flex-wrap items-start justify-between gap-2 rounded-lg bg-white p-3 shadow-sm"
            >
              <div className="min-w-0 space-y-1">
                <Link
                  href={`/admin/plan/${plan.year}/items/${item.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {item.title}
                </Link>
                <p className="text-sm text-stone-700">
                  {item.plannedDate
                    ? item.plannedDate.toISOString().slice(0, 10)
                    : t("activities.month", { month: item.plannedMonth })}
                  {" · "}
                  {te(`ActivityStatus.${item.status}`)}
                  {" · "}
                  {item.leadUnit
                    ? t("activities.lead", { unit: item.leadUnit.name })
                    : t("activities.unclaimed")}
                  {" · "}
                  {t("activities.joined", { count: item._count.participations })}
                </p>
              </div>
              <MoveButtons
                id={item.id}
                title={item.title}
                first={index === 0}
                last={index === items.length - 1}
              />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="publish-heading" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="publish-heading" className="text-lg font-semibold">
          {t("publish.heading")}
        </h2>
        <PublishForm year={plan.year} version={version} published={published} />
      </section>
      <section aria-labelledby="settings-heading" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
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
      </section>
    </div>
  );
}
