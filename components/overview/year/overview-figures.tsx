import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { YearOverview } from "@/lib/overview/year/queries";
import { overviewHref } from "@/lib/overview/year/queries";
import { FigureCard, FigureSection } from "./figure-card";

const itemStages = [
  "planned",
  "claimed",
  "scheduled",
  "held",
  "reported",
  "accepted",
  "unclaimed",
  "cancelled",
] as const;

/** The year's figures by section, each a link to its records (lib/overview/year/figures.ts). */
export async function OverviewFigures({ overview }: { overview: YearOverview }) {
  const [t, format] = await Promise.all([getTranslations("overview.admin"), getFormatter()]);
  const { year } = overview;
  const percent = (value: number) => t("figures.rate", { value });
  const number = (value: number) => format.number(value);
  return (
    <div className="space-y-8">
      <FigureSection id="overview-units" heading={t("sections.units")}>
        <FigureCard label={t("figures.activeUnits")} figure={overview.units.active} />
        <FigureCard label={t("figures.unitsWithoutItem")} figure={overview.units.withoutItem} />
      </FigureSection>

      {overview.plan ? (
        <FigureSection id="overview-items" heading={t("sections.items")}>
          {itemStages.map((stage) => (
            <FigureCard
              key={stage}
              label={t("figures.stage", { stage })}
              figure={overview.items[stage]}
              detail={t("figures.stageHint", { stage }) || undefined}
            />
          ))}
        </FigureSection>
      ) : (
        <section aria-labelledby="overview-items" className="space-y-2">
          <h3 id="overview-items" className="text-lg font-semibold">
            {t("sections.items")}
          </h3>
          <p className="text-stone-700">
            {t("noPlan", { year })}{" "}
            <Link href="/admin/plan" className="text-brand-700 underline underline-offset-2">
              {t("planLink")}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="overview-service" className="space-y-3">
        <h3 id="overview-service" className="text-lg font-semibold">
          {t("sections.service")}
        </h3>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          <FigureCard
            label={t("figures.volunteers")}
            figure={overview.service.volunteers}
            shown={number(overview.service.volunteers.value)}
          />
          <FigureCard
            label={t("figures.hours")}
            figure={overview.service.hours}
            shown={number(overview.service.hours.value)}
          />
        </ul>
        <p className="text-sm text-stone-600">
          {t("figures.serviceHint")} ·{" "}
          <Link href={overviewHref.serviceSites()} className="text-brand-700 underline underline-offset-2">
            {t("figures.serviceSites")}
          </Link>
        </p>
      </section>

      <FigureSection id="overview-meetings" heading={t("sections.meetings")}>
        <FigureCard
          label={t("figures.answerRate")}
          figure={overview.meetings.answerRate}
          shown={percent(overview.meetings.answerRate.value)}
          detail={t("figures.answerDetail", overview.meetings.answerRate)}
        />
        <FigureCard
          label={t("figures.attendanceRate")}
          figure={overview.meetings.attendanceRate}
          shown={percent(overview.meetings.attendanceRate.value)}
          detail={t("figures.attendanceDetail", overview.meetings.attendanceRate)}
        />
        <FigureCard label={t("figures.decisionsOpen")} figure={overview.decisions.open} />
        <FigureCard label={t("figures.decisionsOverdue")} figure={overview.decisions.overdue} />
      </FigureSection>

      <FigureSection id="overview-commitments" heading={t("sections.commitments")}>
        <FigureCard
          label={t("figures.commitmentsClaimed")}
          figure={overview.commitments.claimed}
          shown={String(overview.commitments.claimed.count)}
          detail={t("figures.commitmentsDetail", overview.commitments.claimed)}
        />
        <FigureCard
          label={t("figures.commitmentsConfirmed")}
          figure={overview.commitments.confirmed}
          shown={String(overview.commitments.confirmed.count)}
          detail={t("figures.commitmentsDetail", overview.commitments.confirmed)}
        />
      </FigureSection>

      <FigureSection id="overview-mechanisms" heading={t("sections.mechanisms")}>
        <FigureCard
          label={t("figures.rotationPreferences")}
          figure={overview.rotation.preferences}
          shown={String(overview.rotation.preferences.count)}
          detail={t("figures.rotationDetail", overview.rotation.preferences)}
        />
        <FigureCard label={t("figures.needsMet")} figure={overview.pairing.needsMet} />
        <FigureCard label={t("figures.pairingsActive")} figure={overview.pairing.pairingsActive} />
      </FigureSection>
    </div>
  );
}
