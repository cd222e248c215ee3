"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import { addDays } from "@/lib/core/time/beijing";
import { Card } from "@/components/ui/card";
import { useVenueWeek } from "./venue-week";

/**
 * A week of busy times (an island: the venue page around it is cached): a row per day, busy
 * ranges per court; past days greyed and marked past, closed days marked closed; prev/next week
 * links; for those who may book, a link per open day to the booking page's day view.
 */
export function WeekBusy({ venueId }: { venueId: number }) {
  const t = useTranslations("venues.map");
  const view = useVenueWeek(venueId);
  const weekHref = (start: string) => `/venues/${venueId}?week=${start}#week`;
  if (!view) return <WeekBusyShell />;
  const { weekStart, today, days, quantity, canBook } = view;
  return (
    <Card variant="outlined" id="week" aria-labelledby="week-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="week-heading" className="text-lg font-semibold">
          {t("weekOf", { from: weekStart, to: addDays(weekStart, 6) })}
        </h2>
        <nav aria-label={t("week")} className="flex gap-3 text-sm">
          <Link href={weekHref(addDays(weekStart, -7))} className="text-brand-700 underline">
            {t("prevWeek")}
          </Link>
          <Link href={`/venues/${venueId}#week`} className="text-brand-700 underline">
            {t("thisWeek")}
          </Link>
          <Link href={weekHref(addDays(weekStart, 7))} className="text-brand-700 underline">
            {t("nextWeek")}
          </Link>
        </nav>
      </div>
      {!view.signedIn && <p className="mt-1 text-xs text-stone-500">{t("bookersHidden")}</p>}
      <ol className="mt-3 divide-y divide-stone-100" data-testid="week-calendar">
        {days.map((day) => {
          const past = day.date < today;
          return (
            <li
              key={day.date}
              className={`py-2 sm:grid sm:grid-cols-[7rem_1fr] sm:gap-3 ${past ? "text-stone-600" : ""}`}
            >
              <p className="text-sm font-medium">
                {t(`weekdays.${day.weekday}`)} <span className="text-stone-600">{day.date.slice(5)}</span>
                {day.date === today && <span className="ml-1 text-brand-700">{t("today")}</span>}
              </p>
              {past ? (
                <p className="text-sm text-stone-600">{t("pastDay")}</p>
              ) : day.ranges.length === 0 ? (
                <p className="text-sm text-stone-600">{day.closed ? t("closedDay") : t("dayFree")}</p>
              ) : (
                <ul className="mt-1 flex flex-wrap gap-2 sm:mt-0">
                  {day.ranges.map((range, index) => (
                    <li
                      key={`${range.court}-${range.from}-${index}`}
                      className="rounded bg-rose-50 px-2 py-1 text-sm text-rose-900 ring-1 ring-rose-200"
                    >
                      {quantity > 1 && (
                        <span className="font-medium">{t("court", { court: range.court })} </span>
                      )}
                      {range.from}–{range.to} · {range.label ?? t("booked")}
                    </li>
                  ))}
                </ul>
              )}
              {canBook && !past && !day.closed && (
                <Link
                  href={`/venues/${venueId}/book?date=${day.date}`}
                  className="mt-1 inline-flex min-h-6 items-center text-sm text-brand-700 underline sm:col-start-2"
                >
                  {t("bookDay", { date: day.date.slice(5) })}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

/** The week's card before its days arrive (server-rendered in the cached page). */
export function WeekBusyShell() {
  const t = useTranslations("venues.map");
  return (
    <Card variant="outlined" id="week" aria-labelledby="week-heading" aria-busy="true">
      <h2 id="week-heading" className="text-lg font-semibold">
        {t("week")}
      </h2>
    </Card>
  );
}
