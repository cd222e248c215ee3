// Pure helpers of the booking screens.
import { beijingDate, beijingTime } from "@/lib/core/time/beijing";

export type Suggestion = { start: string; end: string; court: number };
export type SuggestionFill = { date: string; startTime: string; endTime: string; court: string };

/** "HH:mm" of minutes after midnight. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The form values a suggested slot fills in: its Beijing date, start and end, and court. */
export function fillFromSuggestion(suggestion: Suggestion): SuggestionFill {
  const start = new Date(suggestion.start);
  return {
    date: beijingDate(start),
    startTime: beijingTime(start),
    endTime: beijingTime(new Date(suggestion.end)),
    court: suggestion.court > 0 ? String(suggestion.court) : "any",
  };
}

/** Reads the action's JSON list of suggested slots; anything malformed is dropped. */
export function parseSuggestions(raw: unknown): Suggestion[] {
  if (typeof raw !== "string") return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (item): item is Suggestion =>
        typeof item === "object" &&
        item !== null &&
        typeof item.start === "string" &&
        typeof item.end === "string" &&
        typeof item.court === "number" &&
        !Number.isNaN(Date.parse(item.start)) &&
        !Number.isNaN(Date.parse(item.end)),
    );
  } catch {
    return [];
  }
}

/** Reads the action's JSON list of clashing dates (strings). */
export function parseConflicts(raw: unknown): string[] {
  if (typeof raw !== "string") return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** Upcoming (not yet ended) bookings first, soonest first; then past ones, latest first. */
export function orderBookings<T extends { startsAt: Date; endsAt: Date }>(bookings: T[], now: Date) {
  const upcoming = bookings
    .filter((booking) => booking.endsAt > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const past = bookings
    .filter((booking) => booking.endsAt <= now)
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return { upcoming, past };
}
