// Opening hours travel as HH:mm strings in the form and are stored as minutes after midnight
// (Beijing time). Weekdays are 1 = Monday … 7 = Sunday, as VenueOpeningHours stores them.

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** "08:30" → 510; anything that is not a real 24-hour time → null. "24:00" closes at midnight. */
export function parseTimeOfDay(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return null;
  if (hours === 24 && minutes === 0) return 24 * 60;
  return hours < 24 ? hours * 60 + minutes : null;
}

/** 510 → "08:30". */
export function formatTimeOfDay(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
