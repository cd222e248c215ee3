import { getTranslations } from "next-intl/server";
import type { PublicVenue } from "@/lib/venues/public/queries";
import { Card } from "@/components/ui/card";

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Opening hours per weekday (no row = closed) and the closed dates ahead. */
export async function VenueHours({ venue }: { venue: PublicVenue }) {
  const t = await getTranslations("venues.map");
  return (
    <Card variant="outlined" aria-labelledby="hours-heading">
      <h2 id="hours-heading" className="text-lg font-semibold">
        {t("openingHours")}
      </h2>
      <dl className="mt-2 grid grid-cols-[4rem_1fr] gap-y-1 text-sm" data-testid="opening-hours">
        {[1, 2, 3, 4, 5, 6, 7].map((weekday) => {
          const row = venue.openingHours.find((h) => h.weekday === weekday);
          return (
            <div key={weekday} className="contents">
              <dt className="text-stone-600">{t(`weekdays.${weekday}`)}</dt>
              <dd>{row ? `${hhmm(row.opensAt)}–${hhmm(row.closesAt)}` : t("closedDay")}</dd>
            </div>
          );
        })}
      </dl>
      <h3 className="mt-4 text-sm font-semibold">{t("closedDates")}</h3>
      {venue.closedDates.length === 0 ? (
        <p className="text-sm text-stone-600">{t("noClosedDates")}</p>
      ) : (
        <ul className="mt-1 space-y-0.5 text-sm">
          {venue.closedDates.map((closed) => (
            <li key={closed.date}>
              {closed.date}
              {closed.reason && <span className="text-stone-600"> · {closed.reason}</span>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The booking policy in plain words. */
export async function VenuePolicy({ venue }: { venue: PublicVenue }) {
  const t = await getTranslations("venues.map");
  const items =
    venue.bookingMode === "PHONE_ONLY"
      ? [t("phoneOnly")]
      : [
          venue.needsApproval ? t("needsApproval") : t("autoConfirm"),
          t("minNotice", { hours: venue.minNoticeHours }),
          t("maxAdvance", { days: venue.maxAdvanceDays }),
          t("maxDuration", { minutes: venue.maxDurationMinutes }),
          ...(venue.bufferMinutes > 0 ? [t("buffer", { minutes: venue.bufferMinutes })] : []),
          venue.monthlyQuota === null ? t("noQuota") : t("quota", { count: venue.monthlyQuota }),
        ];
  return (
    <Card variant="outlined" aria-labelledby="policy-heading">
      <h2 id="policy-heading" className="text-lg font-semibold">
        {t("policy")}
      </h2>
      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Card>
  );
}
