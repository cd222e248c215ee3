import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { addDays } from "@/lib/core/time/beijing";
import type { WeekDay } from "@/lib/venues/public/week-calendar";
import { Card } from "@/components/ui/card";

/**
 * A week of busy times: a row per day, busy ranges per court; past days greyed and marked past,
 * closed days marked closed; prev/next week links.
 */
export async function WeekBusy({
  venueId,
  weekStart,
  days,
  quantity,
  showsBookers,
  closedOn,
  today,
  canBook = false,
}: {
  venueId: number;
  weekStart: string;
  days: WeekDay[];
  quantity: number;
  showsBookers: boolean;
  /** Whether the venue is closed that day (no opening hours, or a closed date). */
  closedOn: (day: WeekDay) => boolean;
  /** Today's Beijing date: earlier days are past, greyed and say so (never "free all day"). */
  today: string;
  /** Whether the viewer may book: open days then link to the booking page's day view. */
  canBook?: boolean;
}) {
  const t = await getTranslations("venues.map");
  const weekHref = (start: string) => `/venues/${venueId}?week=${start}#week`;
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
      {!showsBookers && <p className="mt-1 text-xs text-stone-500">{t("bookersHidden")}</p>}
      <ol className="mt-3 divide-y divide-stone-100" data-testid="week-calendar">
        {days.map((day) => {
          const past = day.date < today;
          const closed = closedOn(day);
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
                <p className="text-sm text-stone-600">{closed ? t("closedDay") : t("dayFree")}</p>
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
                      {range.from}–{range.to} · {range.label}
                    </li>
                  ))}
                </ul>
              )}
              {canBook && !past && !closed && (
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
