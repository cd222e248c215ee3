import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityStatusBadge, PlannedWhen } from "@/components/activities";
import type { getMyYear } from "@/lib/units/self-service/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";

type Year = Awaited<ReturnType<typeof getMyYear>>;

const linkClass = "inline-flex min-h-6 items-center font-medium text-brand-700 underline underline-offset-2";
const rowClass = "rounded-lg border border-stone-200 bg-white p-3";

/** /my after the to-do list: the activities the unit leads and joins this year and its bookings. */
export async function UnitYear({ year }: { year: Year }) {
  const [t, tb] = await Promise.all([
    getTranslations("units.selfService.home.year"),
    getTranslations("venues.bookings.ui"),
  ]);
  return (
    <>
      <section aria-labelledby="year-led-heading" className="space-y-3">
        <h3 id="year-led-heading" className="text-lg font-semibold">
          {t("led")}
        </h3>
        {year.led.length === 0 ? (
          <p className="text-stone-700">
            {t("ledEmpty")}{" "}
            <Link href="/plan" className={linkClass}>
              {t("planLink")}
            </Link>
          </p>
        ) : (
          <ul className="space-y-2">
            {year.led.map((activity) => (
              <li key={activity.id} className={rowClass}>
                <div className="flex flex-wrap items-center gap-2">
                  <ActivityStatusBadge status={activity.status} hasLeadUnit />
                  <Link href={`/my/activities/${activity.id}`} className={`${linkClass} break-words`}>
                    {activity.title}
                  </Link>
                </div>
                <p className="mt-1 text-sm text-stone-700">
                  <PlannedWhen
                    year={activity.year}
                    month={activity.plannedMonth}
                    date={activity.plannedDate}
                    withYear
                  />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="year-joined-heading" className="space-y-3">
        <h3 id="year-joined-heading" className="text-lg font-semibold">
          {t("joined")}
        </h3>
        {year.joined.length === 0 ? (
          <p className="text-stone-700">
            {t("joinedEmpty")}{" "}
            <Link href="/plan" className={linkClass}>
              {t("planLink")}
            </Link>
          </p>
        ) : (
          <ul className="space-y-2">
            {year.joined.map(({ id, activity }) => (
              <li key={id} className={rowClass}>
                <div className="flex flex-wrap items-center gap-2">
                  <ActivityStatusBadge status={activity.status} hasLeadUnit />
                  <Link href={`/activities/${activity.id}`} className={`${linkClass} break-words`}>
                    {activity.title}
                  </Link>
                </div>
                <p className="mt-1 text-sm text-stone-700">
                  <PlannedWhen
                    year={activity.year}
                    month={activity.plannedMonth}
                    date={activity.plannedDate}
                    withYear
                  />
                </p>
              </li>
            ))}
          </ul>
        )}
        <Link href="/my/activities" className={linkClass}>
          {t("allActivities")}
        </Link>
      </section>
      <section aria-labelledby="year-bookings-heading" className="space-y-3">
        <h3 id="year-bookings-heading" className="text-lg font-semibold">
          {t("bookings")}
        </h3>
        {year.bookings.length === 0 ? (
          <p className="text-stone-700">
            {t("bookingsEmpty")}{" "}
            <Link href="/venues" className={linkClass}>
              {t("venuesLink")}
            </Link>
          </p>
        ) : (
          <ul className="space-y-2">
            {year.bookings.map((booking) => (
              <li key={booking.id} className={rowClass}>
                <p className="font-medium break-words">{booking.venue.name}</p>
                <p className="text-sm text-stone-700">
                  {formatBeijingDateTime(booking.startsAt)} · {tb("status", { status: booking.status })}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Link href="/my/bookings" className={linkClass}>
          {t("allBookings")}
        </Link>
      </section>
    </>
  );
}
