import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityCards } from "@/components/activities/plan/activity-cards";
import { NoPublishedPlan } from "@/components/activities/plan/no-published-plan";
import { PlanFilterForm } from "@/components/activities/plan/plan-filter-form";
import { YearSwitcher } from "@/components/activities/plan/year-switcher";
import { groupByMonth, PLAN_PAGE_SIZE } from "@/lib/activities/plan/plan-calendar";
import {
  hasActiveFilters,
  leadUnitChoices,
  parsePlanFilters,
  planHref,
  type PlanFilters,
} from "@/lib/activities/plan/plan-filters";
import {
  countPublishedPlanByMonth,
  getPublishedPlanYear,
  listPlanLeadUnits,
  listPublishedPlan,
  listPublishedYears,
} from "@/lib/activities/plan/queries";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { groupStartPages, pageOf } from "@/lib/core/site/paging";
import { Pager } from "@/components/ui/pager";
import { Card } from "@/components/ui/card";

type RawParams = Record<string, string | string[] | undefined>;

/** The filters of a query (cached route: its canonical segments; search route: the query). */
export function planFilters(params: RawParams): PlanFilters {
  return parsePlanFilters(params, beijingYearMonth().year);
}

export async function planMetadata(filters: PlanFilters): Promise<Metadata> {
  const t = await getTranslations("activities.plan");
  return { title: t("metaTitle", { year: filters.year }) };
}

const collator = new Intl.Collator("zh-Hans-CN");

/**
 * The published list of a year, filtered. Rendered by the cached route (`strict`: filters the
 * page cannot honour, a lead unit not in the year's list or filters on a year without a list,
 * answer 404 so they leave no cache entry of their own) and by the per-request search route.
 */
export async function PlanView({ filters, strict }: { filters: PlanFilters; strict: boolean }) {
  const today = beijingYearMonth();
  const t = await getTranslations("activities.plan");
  const tc = await getTranslations("core.common");
  const [plan, years] = await Promise.all([getPublishedPlanYear(filters.year), listPublishedYears()]);

  const header = (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("heading", { year: filters.year })}</h1>
      {plan ? <p className="text-stone-600">{plan.title}</p> : null}
      <p className="text-stone-700">{t("intro")}</p>
      {plan ? (
        <p className="text-sm">
          <a
            href={`/plan.ics?year=${filters.year}`}
            type="text/calendar"
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            {t("subscribe")}
          </a>{" "}
          <span className="text-stone-600">{t("subscribeHint")}</span>
        </p>
      ) : null}
      <YearSwitcher years={years} current={filters.year} />
    </header>
  );

  if (!plan) {
    if (strict && hasActiveFilters(filters)) notFound();
    return (
      <div className="space-y-6">
        {header}
        <NoPublishedPlan year={filters.year} years={years} />
      </div>
    );
  }

  const [monthCounts, leadUnits] = await Promise.all([
    countPublishedPlanByMonth(filters),
    listPlanLeadUnits(filters.year),
  ]);
  if (strict && filters.unit !== undefined && !leadUnits.some((unit) => unit.slug === filters.unit)) {
    notFound();
  }
  const total = monthCounts.reduce((sum, { count }) => sum + count, 0);
  // A page past the last is a 404 (never a cache entry of its own).
  const paging = pageOf(total, filters.page ?? 1, PLAN_PAGE_SIZE);
  if (!paging) notFound();
  const activities = await listPublishedPlan(filters, paging);
  const monthTotals = new Map(monthCounts.map(({ month, count }) => [month, count]));
  const startPages = groupStartPages(
    monthCounts.map(({ month, count }) => ({ key: month, count })),
    PLAN_PAGE_SIZE,
  );
  const units = leadUnitChoices(
    [...leadUnits].sort((a, b) => collator.compare(a.shortName, b.shortName)),
    filters.unit,
  );
  const months = groupByMonth(activities);
  const filtered = hasActiveFilters(filters);
  const isThisYear = filters.year === today.year;

  return (
    <div className="space-y-6">
      {header}
      <Card as="div" variant="outlined">
        <PlanFilterForm filters={filters} units={units} />
      </Card>
      <p className="text-sm text-stone-700">{t("resultCount", { count: total })}</p>
      {activities.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          {t("noResults")}{" "}
          {filtered ? (
            <Link
              href={planHref({ year: filters.year })}
              className="text-brand-700 underline underline-offset-2"
            >
              {t("showAll", { year: filters.year })}
            </Link>
          ) : null}
        </p>
      ) : (
        <>
          {monthCounts.length > 1 ? (
            <nav aria-label={t("monthNav")} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-stone-600" aria-hidden="true">
                {t("monthNav")}
              </span>
              {monthCounts.map(({ month }) => {
                const page = startPages.get(month) ?? 1;
                // Months of this page are anchors; the others open the page their month starts on.
                return page === paging.page ? (
                  <a key={month} href={`#month-${month}`} className="chip-link">
                    {tc("month", { month })}
                  </a>
                ) : (
                  <Link
                    key={month}
                    href={`${planHref({ ...filters, page })}#month-${month}`}
                    className="chip-link"
                  >
                    {tc("month", { month })}
                  </Link>
                );
              })}
            </nav>
          ) : null}
          {months.map(({ month, activities: monthActivities }) => (
            <section
              key={month}
              id={`month-${month}`}
              aria-labelledby={`month-${month}-heading`}
              className="scroll-mt-4"
            >
              <h2 id={`month-${month}-heading`} className="group-heading">
                {tc("month", { month })}
                {isThisYear && month === today.month ? (
                  <span className="rounded bg-brand-700 px-1.5 py-0.5 text-xs font-medium text-white">
                    {t("thisMonth")}
                  </span>
                ) : null}
                <span className="count">
                  {t("monthCount", { count: monthTotals.get(month) ?? monthActivities.length })}
                </span>
              </h2>
              <div className="mt-3">
                <ActivityCards activities={monthActivities} year={filters.year} />
              </div>
            </section>
          ))}
          <Pager
            page={paging.page}
            pageCount={paging.pageCount}
            href={(page) => planHref({ ...filters, page })}
          />
        </>
      )}
    </div>
  );
}
