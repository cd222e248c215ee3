import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActivityCards } from "@/components/activities/plan/activity-cards";
import { WorkingMethod } from "@/components/overview/home/working-method";
import { YearSoFar } from "@/components/overview/home/year-so-far";
import { planHref } from "@/lib/activities/plan/plan-filters";
import { getPublishedPlanYear, listPublishedPlan } from "@/lib/activities/plan/queries";
import { countPublicUnits } from "@/lib/units/directory/queries";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { cardClass } from "@/components/ui/card";

// The home page previews this month's list; the link beside it opens the whole month on /plan.
// Bounded so that the cached page weighs the same with 30 or 300 member units (issue 14).
const monthPreview = 6;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("core.common");
  return { title: { absolute: t("siteName") }, description: t("tagline") };
}

export default async function HomePage() {
  const { year, month } = beijingYearMonth();
  const [t, tc, format, plan, activities, unitCount] = await Promise.all([
    getTranslations("overview.home"),
    getTranslations("core.common"),
    getFormatter(),
    getPublishedPlanYear(year),
    listPublishedPlan({ year, month }, { take: monthPreview }),
    countPublicUnits(),
  ]);
  const monthLabel = format.dateTime(new Date(Date.UTC(year, month - 1, 1)), {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
  });

  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="space-y-4">
        <p className="text-sm font-medium text-brand-700">{tc("tagline")}</p>
        <h1 id="intro-heading" className="text-2xl font-bold leading-tight sm:text-4xl">
          {tc("siteName")}
        </h1>
        <p className="max-w-3xl leading-relaxed text-stone-700">{t("intro")}</p>
        <dl className="grid max-w-2xl grid-cols-3 gap-3 text-center">
          <div className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-xs text-stone-600 sm:text-sm">{t("statFounded")}</dt>
            <dd className="mt-1 font-bold text-brand-700 sm:text-lg">
              <time dateTime="2023-02-21">{t("statFoundedValue")}</time>
            </dd>
          </div>
          <div className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-xs text-stone-600 sm:text-sm">{t("statFoundingUnits")}</dt>
            <dd className="mt-1 font-bold text-brand-700 sm:text-lg">30</dd>
          </div>
          <div className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-xs text-stone-600 sm:text-sm">{t("statUnitsNow")}</dt>
            <dd className="mt-1 font-bold text-brand-700 sm:text-lg">{unitCount}</dd>
          </div>
        </dl>
      </section>

      <YearSoFar year={year} />

      <section aria-labelledby="this-month-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="this-month-heading" className="text-xl font-bold">
            {t("thisMonthTitle", { month: monthLabel })}
          </h2>
          {plan ? (
            <Link
              href={planHref({ year, month })}
              className="text-sm text-brand-700 underline underline-offset-2"
            >
              {t("thisMonthAll", { month: monthLabel })}
            </Link>
          ) : null}
        </div>
        {!plan ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-stone-600">
            {t("thisMonthNoPlan", { year })}{" "}
            <Link href="/plan" className="text-brand-700 underline underline-offset-2">
              {t("thisMonthSeePlans")}
            </Link>
          </p>
        ) : activities.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-stone-600">
            {t("thisMonthEmpty")}{" "}
            <Link href={planHref({ year })} className="text-brand-700 underline underline-offset-2">
              {t("thisMonthSeeYear", { year })}
            </Link>
          </p>
        ) : (
          <ActivityCards activities={activities} year={year} />
        )}
      </section>

      <WorkingMethod />

      <section aria-labelledby="quick-links-heading" className="space-y-3">
        <h2 id="quick-links-heading" className="text-xl font-bold">
          {t("quickLinksTitle")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {(
            [
              { href: "/plan", title: t("quickPlanTitle"), body: t("quickPlanBody") },
              { href: "/units", title: t("quickUnitsTitle"), body: t("quickUnitsBody") },
              { href: "/about", title: t("quickAboutTitle"), body: t("quickAboutBody") },
            ] as const
          ).map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={cardClass("outlined", "block h-full hover:border-brand-700")}>
                <span className="font-semibold text-brand-700">
                  {link.title} <span aria-hidden="true">→</span>
                </span>
                <span className="mt-1 block text-sm text-stone-700">{link.body}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
