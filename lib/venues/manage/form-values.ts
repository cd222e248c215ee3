import { formatTimeOfDay, weekdays } from "./opening-hours";

// The edit form starts from the saved venue; the form's fields are all strings (checkboxes "on").

type SavedVenue = {
  name: string;
  kind: string;
  quantity: number;
  capacity: number | null;
  address: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  rules: string;
  contactPhone: string;
  bookingMode: string;
  needsApproval: boolean;
  minNoticeHours: number;
  maxAdvanceDays: number;
  maxDurationMinutes: number;
  bufferMinutes: number;
  monthlyQuota: number | null;
  openingHours: Array<{ weekday: number; opensAt: number; closesAt: number }>;
};

const text = (value: number | null) => (value === null ? "" : String(value));

/** A new venue: open every day 08:00–21:00, bookable with approval, a day's notice. */
export const newVenueValues: Record<string, string> = {
  kind: "GYM",
  quantity: "1",
  bookingMode: "BOOKABLE",
  needsApproval: "on",
  minNoticeHours: "24",
  maxAdvanceDays: "60",
  maxDurationMinutes: "240",
  bufferMinutes: "0",
  ...Object.fromEntries(
    weekdays.flatMap((day) => [
      [`opens${day}`, "08:00"],
      [`closes${day}`, "21:00"],
    ]),
  ),
};

export function venueFormValues(venue: SavedVenue): Record<string, string> {
  const values: Record<string, string> = {
    name: venue.name,
    kind: venue.kind,
    quantity: String(venue.quantity),
    capacity: text(venue.capacity),
    address: venue.address,
    latitude: text(venue.latitude),
    longitude: text(venue.longitude),
    description: venue.description,
    rules: venue.rules,
    contactPhone: venue.contactPhone,
    bookingMode: venue.bookingMode,
    needsApproval: venue.needsApproval ? "on" : "",
    minNoticeHours: String(venue.minNoticeHours),
    maxAdvanceDays: String(venue.maxAdvanceDays),
    maxDurationMinutes: String(venue.maxDurationMinutes),
    bufferMinutes: String(venue.bufferMinutes),
    monthlyQuota: text(venue.monthlyQuota),
  };
  for (const day of weekdays) {
    const row = venue.openingHours.find((hours) => hours.weekday === day);
    values[`closed${day}`] = row ? "" : "on";
    values[`opens${day}`] = row ? formatTimeOfDay(row.opensAt) : "08:00";
    values[`closes${day}`] = row ? formatTimeOfDay(row.closesAt) : "21:00";
  }
  return values;
}
