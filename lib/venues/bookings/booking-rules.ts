// The venue's booking policy, checked for one requested occurrence (pure: no database).
import { DomainError } from "@/lib/core/errors";
import { beijingToUtc, dayMs, isoWeekday } from "@/lib/core/time/beijing";

export type VenuePolicy = {
  name: string;
  active: boolean;
  bookingMode: "BOOKABLE" | "PHONE_ONLY";
  contactPhone: string;
  quantity: number;
  capacity: number | null;
  minNoticeHours: number;
  maxAdvanceDays: number;
  maxDurationMinutes: number;
  bufferMinutes: number;
  openingHours: { weekday: number; opensAt: number; closesAt: number }[];
  /** Closed Beijing dates, "YYYY-MM-DD". */
  closedDates: string[];
};

export type Occurrence = { date: string; startsAt: Date; endsAt: Date };

/** Start and end of a requested Beijing date and wall-clock times. */
export function occurrenceOf(date: string, startTime: string, endTime: string): Occurrence {
  return { date, startsAt: beijingToUtc(date, startTime), endsAt: beijingToUtc(date, endTime) };
}

/** Refuses a venue that cannot be booked online at all. */
export function assertBookable(venue: VenuePolicy): void {
  if (!venue.active) throw new DomainError("venues.bookings.errors.venueInactive");
  if (venue.bookingMode === "PHONE_ONLY") {
    throw new DomainError("venues.bookings.errors.phoneOnly", { phone: venue.contactPhone || "—" });
  }
}

/** Every rule of the policy for one occurrence, each refused with its own message. */
export function assertRules(
  venue: VenuePolicy,
  occurrence: Occurrence,
  request: { headcount: number; court: number | "any" },
  now: Date,
): void {
  const { date, startsAt, endsAt } = occurrence;
  if (endsAt <= startsAt)
    throw new DomainError("venues.bookings.errors.endBeforeStart", undefined, "endTime");
  if (request.court !== "any" && request.court > venue.quantity) {
    throw new DomainError("venues.bookings.errors.courtOutOfRange", { max: venue.quantity }, "court");
  }
  if (venue.capacity !== null && request.headcount > venue.capacity) {
    throw new DomainError("venues.bookings.errors.overCapacity", { capacity: venue.capacity }, "headcount");
  }
  const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
  if (minutes > venue.maxDurationMinutes) {
    throw new DomainError("venues.bookings.errors.tooLong", { minutes: venue.maxDurationMinutes }, "endTime");
  }
  if (venue.closedDates.includes(date))
    throw new DomainError("venues.bookings.errors.closedDate", { date }, "date");
  const hours = venue.openingHours.find((row) => row.weekday === isoWeekday(date));
  const dayStart = beijingToUtc(date, "00:00").getTime();
  if (
    !hours ||
    startsAt.getTime() < dayStart + hours.opensAt * 60_000 ||
    endsAt.getTime() > dayStart + hours.closesAt * 60_000
  ) {
    throw new DomainError("venues.bookings.errors.outsideOpeningHours", { date }, "startTime");
  }
  if (startsAt.getTime() < now.getTime() + venue.minNoticeHours * 3_600_000) {
    throw new DomainError("venues.bookings.errors.tooShortNotice", { hours: venue.minNoticeHours }, "date");
  }
  if (startsAt.getTime() > now.getTime() + venue.maxAdvanceDays * dayMs) {
    throw new DomainError("venues.bookings.errors.tooFarAhead", { days: venue.maxAdvanceDays }, "date");
  }
}
