import { getTranslations } from "next-intl/server";
import { formatShanghaiDateTime } from "@/lib/time/shanghai";
import { orderBookings } from "@/lib/bookings/booking-ui";
import type { UnitBookingRow } from "@/lib/bookings/queries";
import { BookingActions } from "./booking-actions";

export type BookingRow = UnitBookingRow;

const statusStyle = {
  PENDING: "bg-amber-100 text-amber-900",
  CONFIRMED: "bg-green-100 text-green-900",
  DECLINED: "bg-red-100 text-red-900",
  CANCELLED: "bg-stone-200 text-stone-800",
} as const;

/**
 * One side of a unit's bookings: those it made (it may cancel before the start) or those for
 * its venues (it decides pending ones and may cancel confirmed ones with a reason).
 */
export async function BookingList({
  side,
  bookings,
  now,
}: {
  side: "made" | "received";
  bookings: BookingRow[];
  now: Date;
}) {
  const t = await getTranslations("bookings.ui");
  const { upcoming, past } = orderBookings(bookings, now);
  const heading = side === "made" ? t("madeHeading") : t("receivedHeading");
  const headingId = `bookings-${side}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {heading}
      </h2>
      {bookings.length === 0 ? <p className="text-stone-700">{t("none")}</p> : null}
      <ul className="space-y-3">
        {[...upcoming, ...past].map((booking) => (
          <li key={booking.id}>
            <BookingCard booking={booking} side={side} now={now} />
          </li>
        ))}
      </ul>
    </section>
  );
}

async function BookingCard({
  booking,
  side,
  now,
}: {
  booking: BookingRow;
  side: "made" | "received";
  now: Date;
}) {
  const t = await getTranslations("bookings.ui");
  const start = formatShanghaiDateTime(booking.startsAt);
  const end = formatShanghaiDateTime(booking.endsAt).slice(11);
  const live = booking.status === "PENDING" || booking.status === "CONFIRMED";
  const notStarted = booking.startsAt > now;
  const title = `${booking.venueName} · ${start}–${end}`;
  return (
    <article
      id={`booking-${booking.id}`}
      aria-label={title}
      className="space-y-2 rounded border border-stone-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium">{booking.venueName}</h3>
        <span className={`rounded px-2 py-0.5 text-sm ${statusStyle[booking.status]}`}>
          {t("status", { status: booking.status })}
        </span>
      </div>
      <p className="text-sm text-stone-800">
        {start}–{end} · {t("courtNumber", { court: booking.court })}
      </p>
      <p className="text-sm text-stone-800">
        {side === "made"
          ? t("venueOf", { unit: booking.otherUnitName })
          : t("bookedBy", { unit: booking.otherUnitName })}
      </p>
      <p className="text-sm text-stone-800">
        {booking.purpose} · {t("headcountValue", { count: booking.headcount })}
      </p>
      {booking.reason ? (
        <p className="text-sm text-stone-700">{t("reasonValue", { reason: booking.reason })}</p>
      ) : null}
      <BookingActions
        bookingId={booking.id}
        version={booking.version}
        canDecide={side === "received" && booking.status === "PENDING" && notStarted}
        cancelAs={
          !notStarted || !live
            ? null
            : side === "made"
              ? "booker"
              : booking.status === "CONFIRMED"
                ? "owner"
                : null
        }
      />
    </article>
  );
}
