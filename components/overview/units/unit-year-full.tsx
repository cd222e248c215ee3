import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { UnitYearFull as UnitYearFullData } from "@/lib/overview/units/types";
import { FullCommitments } from "./full-commitments";
import { FullMeetings } from "./full-meetings";
import { UnitYearFigures } from "./unit-year-figures";
import { ActivityRows, PairingRows, VenueRows, YearPart, linkClass } from "./year-lists";

/** Where each record of the year opens, for the unit itself or for an admin. */
function hrefsFor(viewer: "unit" | "admin", year: number) {
  return viewer === "unit"
    ? {
        led: (a: { id: number }) => `/my/activities/${a.id}`,
        joined: (a: { id: number }) => `/activities/${a.id}`,
        meeting: (id: number) => `/meetings/${id}`,
        pairing: () => "/my/pairings",
        record: (id: number) => `/my/commitments/${id}`,
        commitments: `/my/commitments?year=${year}`,
      }
    : {
        led: (a: { id: number }) => `/admin/plan/${year}/activities/${a.id}`,
        joined: (a: { id: number }) => `/admin/plan/${year}/activities/${a.id}`,
        meeting: (id: number) => `/admin/meetings/${id}`,
        pairing: (p: { id: number }) => `/admin/pairings/${p.id}`,
        record: undefined,
        commitments: `/admin/commitments?year=${year}`,
      };
}

/**
 * A unit's whole year, for its secretaries (/my/year) and for admins (/admin/units/<id>/year):
 * the figures, the five with their evidence, activities, meetings, venues and pairings.
 */
export async function UnitYearFull({ data, viewer }: { data: UnitYearFullData; viewer: "unit" | "admin" }) {
  const t = await getTranslations("overview.unitYear");
  const href = hrefsFor(viewer, data.year);
  return (
    <div className="space-y-8">
      <section aria-labelledby="full-figures-heading" className="space-y-3">
        <h2 id="full-figures-heading" className="text-lg font-semibold">
          {t("figuresTitle", { year: String(data.year) })}
        </h2>
        <UnitYearFigures figures={data.figures} headingId="full-figures-heading" />
        <p className="text-xs text-stone-600">{t("figuresNote")}</p>
      </section>
      <section aria-labelledby="full-commitments-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="full-commitments-heading" className="text-lg font-semibold">
            {t("commitmentsTitle")}
          </h2>
          <Link href={href.commitments} className={`${linkClass} text-sm`}>
            {viewer === "unit" ? t("commitmentsManage") : t("commitmentsReview")}
          </Link>
        </div>
        <FullCommitments commitments={data.commitments} recordHref={href.record} meetingHref={href.meeting} />
      </section>
      <YearPart id="full-led" title={t("ledTitle")} empty={t("ledEmpty")} count={data.led.length}>
        <ActivityRows activities={data.led} href={href.led} />
      </YearPart>
      <YearPart id="full-joined" title={t("joinedTitle")} empty={t("joinedEmpty")} count={data.joined.length}>
        <ActivityRows activities={data.joined} href={href.joined} />
      </YearPart>
      <YearPart
        id="full-meetings"
        title={t("meetingsTitle")}
        empty={t("meetingsEmpty")}
        count={data.meetings.length}
      >
        <FullMeetings meetings={data.meetings} year={data.year} href={href.meeting} />
      </YearPart>
      <YearPart
        id="full-shared"
        title={t("venuesSharedTitle")}
        empty={t("venuesSharedEmpty")}
        count={data.venuesShared.length}
      >
        <VenueRows venues={data.venuesShared} />
      </YearPart>
      <YearPart
        id="full-booked"
        title={t("venuesBookedTitle")}
        empty={t("venuesBookedEmpty")}
        count={data.venuesBooked.length}
      >
        <VenueRows venues={data.venuesBooked} />
      </YearPart>
      <YearPart
        id="full-pairings"
        title={t("pairingsTitle")}
        empty={t("pairingsEmpty")}
        count={data.pairings.length}
      >
        <PairingRows pairings={data.pairings} href={href.pairing} />
      </YearPart>
    </div>
  );
}
