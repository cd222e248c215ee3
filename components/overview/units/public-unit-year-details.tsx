import { getTranslations } from "next-intl/server";
import type { UnitYearPublic } from "@/lib/overview/units/types";
import { ActivityRows, PairingRows, VenueRows, YearPart } from "./year-lists";

/** The lists of a unit's public year: what it led and took part in, venues, pairings, its five. */
export async function PublicUnitYearDetails({ data }: { data: UnitYearPublic }) {
  const [t, tc] = await Promise.all([
    getTranslations("overview.unitYear"),
    getTranslations("activities.commitments"),
  ]);
  const activityHref = (activity: { id: number }) => `/activities/${activity.id}`;
  return (
    <div className="space-y-6">
      <YearPart
        id="year-commitments"
        title={t("commitmentsConfirmedTitle")}
        empty={t("commitmentsNone")}
        count={data.commitments.length}
      >
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {data.commitments.map((item) => (
            <li key={item.commitment} className="space-y-1 p-3" data-commitment={item.commitment}>
              <p className="font-medium">{tc(`commitment.${item.commitment}`)}</p>
              {item.records.length > 0 ? (
                <ul className="text-sm text-stone-700">
                  {item.records.map((record) => (
                    <li key={record.id} className="break-words">
                      {tc("evidenceRecord", { title: record.title })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </YearPart>
      <YearPart id="year-led" title={t("ledTitle")} empty={t("ledEmpty")} count={data.led.length}>
        <ActivityRows activities={data.led} href={activityHref} />
      </YearPart>
      <YearPart
        id="year-joined"
        title={t("joinedPublicTitle")}
        empty={t("joinedEmpty")}
        count={data.joined.length}
      >
        <p className="text-sm text-stone-600">{t("joinedPublicNote")}</p>
        <ActivityRows activities={data.joined} href={activityHref} />
      </YearPart>
      <YearPart
        id="year-venues"
        title={t("venuesSharedTitle")}
        empty={t("venuesSharedEmpty")}
        count={data.venuesShared.length}
      >
        <VenueRows venues={data.venuesShared} />
      </YearPart>
      <YearPart
        id="year-pairings"
        title={t("pairingsTitle")}
        empty={t("pairingsEmpty")}
        count={data.pairings.length}
      >
        <PairingRows pairings={data.pairings} href={(pairing) => `/pairings/${pairing.id}`} />
      </YearPart>
    </div>
  );
}
