import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { orderBookings } from "@/lib/venues/bookings/booking-ui";
import type { UnitBookingRow } from "@/lib/venues/bookings/queries";
import { BookingActions } from "./booking-actions";

export type BookingRow = UnitBookingRow;
export type JustBooked = { id: number; skipped: string };

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
  justBooked = null,
}: {
  side: "made" | "received";
  bookings: BookingRow[];
  now: Date;
  /** The booking the secretary has just made (after the booking form), shown with its status. */
  justBooked?: JustBooked | null;
}) {
  const t = await getTranslations("venues.bookings.ui");
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
            <BookingCard
              booking={booking}
              side={side}
              now={now}
              just={justBooked?.id === booking.id ? justBooked : null}
            />
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
  just,
}: {
  booking: BookingRow;
  side: "made" | "received";
  now: Date;
  just: JustBooked | null;
}) {
  const t = await getTranslations("venues.bookings.ui");
  const start = formatBeijingDateTime(booking.startsAt);
  const end = formatBeijingDateTime(booking.endsAt).slice(11);
  const live = booking.status === "PENDING" || booking.status === "CONFIRMED";
  const notStarted = booking.startsAt > now;
  const title = `${booking.venueName} · ${start}–${end}`;
  return (
    <article
      id={`booking-${booking.id}`}
      aria-label={title}
      className={`scroll-mt-4 space-y-2 rounded bg-white p-4 ${
        just ? "border-2 border-brand-700" : "border border-stone-200"
      }`}
    >
      {just ? <JustBookedNote booking={booking} just={just} /> : null}
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

/** What happens next with the booking just made: the owner decides, or it is confirmed. */
async function JustBookedNote({ booking, just }: { booking: BookingRow; just: JustBooked }) {
  const t = await getTranslations("venues.bookings.ui");
  return (
    <div role="status" className="space-y-1 rounded bg-brand-50 p-3 text-sm text-stone-900">
      <p className="font-medium">
        {booking.status === "PENDING"
          ? t("justBooked", { unit: booking.otherUnitName })
          : booking.status === "CONFIRMED"
            ? t("justConfirmed")
            : t("status", { status: booking.status })}
      </p>
      {just.skipped ? <p>{t("justSkipped", { skipped: just.skipped })}</p> : null}
      <p>
        <Link href={`/venues/${booking.venueId}/book`} className="text-brand-700 underline">
          {t("bookAgain")}
        </Link>
      </p>
    </div>
  );
}
