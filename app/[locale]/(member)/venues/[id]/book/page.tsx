import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { getVenueForBooking, type BookingVenue } from "@/lib/venues/bookings/booking-venue-query";
import { formatMinutes, type SuggestionFill } from "@/lib/venues/bookings/booking-ui";
import { addDays, beijingDate } from "@/lib/core/time/beijing";
import { buildDayView, parseDayParam } from "@/lib/venues/bookings/day-slots";
import { getDayBusy } from "@/lib/venues/bookings/queries";
import { BookingForm } from "@/components/venues/bookings/booking-form";
import { DayViewSection } from "@/components/venues/bookings/day-view";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("venues.bookings.ui");
  return { title: t("submit") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const clock = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** The slot picked in the day view (`?start=&end=&court=`), else just the day shown. */
function pickedFrom(query: Record<string, string | string[] | undefined>, date: string): SuggestionFill {
  const [start, end, court] = [one(query.start), one(query.end), one(query.court)];
  const times = start && end && clock.test(start) && clock.test(end);
  return {
    date,
    startTime: times ? start : "",
    endTime: times ? end : "",
    court: court && /^\d{1,4}$/.test(court) ? court : "any",
  };
}

export default async function BookVenuePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  await requireSecretary(`/venues/${id}/book`);
  const venueId = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(venueId)) notFound();
  const venue = await getVenueForBooking(venueId);
  if (!venue) notFound();
  const query = await searchParams;
  const now = new Date();
  // Tomorrow in Beijing is the usual first choice.
  const date = parseDayParam(query.date, addDays(beijingDate(now), 1));
  const picked = pickedFrom(query, date);
  const closedDates = venue.closedDates.map((row) => ({ ...row, date: row.date.toISOString().slice(0, 10) }));
  const [t, busy] = await Promise.all([getTranslations("venues.bookings.ui"), getDayBusy(venue.id, date)]);
  const view = buildDayView({
    date,
    venue: { ...venue, closedDates: closedDates.map((row) => row.date) },
    busy,
    now,
  });
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <header className="space-y-1">
        <Link href={`/venues/${venue.id}`} className="text-sm text-brand-700 underline">
          {t("backToVenue")}
        </Link>
        <h1 className="text-2xl font-bold">{t("bookTitle", { venue: venue.name })}</h1>
        <p className="text-stone-700">{t("owner", { unit: venue.unit.name })}</p>
      </header>
      {!venue.active ? (
        <p role="status" className="rounded bg-stone-100 p-3">
          {t("inactive")}
        </p>
      ) : venue.bookingMode === "PHONE_ONLY" ? (
        <p className="rounded bg-stone-100 p-3">
          {venue.contactPhone ? (
            <>
              {t("phoneOnly")}{" "}
              <a href={`tel:${venue.contactPhone}`} className="font-medium text-brand-700 underline">
                {venue.contactPhone}
              </a>
            </>
          ) : (
            t("noPhone")
          )}
        </p>
      ) : (
        <>
          <DayViewSection
            venueId={venue.id}
            quantity={venue.quantity}
            maxAdvanceDays={venue.maxAdvanceDays}
            view={view}
            closedReason={closedDates.find((row) => row.date === date)?.reason || null}
            picked={picked}
          />
          <BookingForm
            venueId={venue.id}
            quantity={venue.quantity}
            capacity={venue.capacity}
            picked={picked}
          />
        </>
      )}
      <PolicySummary venue={venue} />
    </div>
  );
}

async function PolicySummary({ venue }: { venue: BookingVenue }) {
  const t = await getTranslations("venues.bookings.ui");
  const rules = [
    venue.needsApproval ? t("policyApproval") : t("policyAuto"),
    venue.minNoticeHours > 0 ? t("policyNotice", { hours: venue.minNoticeHours }) : null,
    t("policyAdvance", { days: venue.maxAdvanceDays }),
    t("policyDuration", { minutes: venue.maxDurationMinutes }),
    venue.bufferMinutes > 0 ? t("policyBuffer", { minutes: venue.bufferMinutes }) : null,
    venue.monthlyQuota !== null ? t("policyQuota", { count: venue.monthlyQuota }) : null,
    venue.capacity ? t("policyCapacity", { count: venue.capacity }) : null,
  ].filter((rule): rule is string => rule !== null);
  const hours = new Map(venue.openingHours.map((row) => [row.weekday, row]));
  return (
    <section
      aria-labelledby="booking-policy"
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
    >
      <h2 id="booking-policy" className="font-semibold">
        {t("policyHeading")}
      </h2>
      <ul className="list-inside list-disc text-sm text-stone-800">
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <div>
        <h3 className="text-sm font-medium">{t("hoursHeading")}</h3>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
          {[1, 2, 3, 4, 5, 6, 7].map((day) => {
            const row = hours.get(day);
            return (
              <div key={day} className="contents">
                <dt>{t("weekday", { day: String(day) })}</dt>
                <dd>{row ? `${formatMinutes(row.opensAt)}–${formatMinutes(row.closesAt)}` : t("closed")}</dd>
              </div>
            );
          })}
        </dl>
      </div>
      {venue.rules ? (
        <div>
          <h3 className="text-sm font-medium">{t("rules")}</h3>
          <p className="whitespace-pre-line text-sm text-stone-800">{venue.rules}</p>
        </div>
      ) : null}
    </section>
  );
}
