// The rules a unit's rotation inputs must keep, as a pure function (the form's schema checks
// the shape; these need the year's duty months, deadline and the unit's times).
import { beijingToday } from "@/lib/core/time/beijing";

export type PreferenceProblem = { key: string; values?: Record<string, string | number>; field?: string };

export type PreferenceInput = { preferences: number[]; blackouts: number[] };

export type YearRules = {
  dutyMonths: number[];
  /** How many months the unit serves (its own setting or the year's default). */
  times: number;
  /** The last day (Beijing date, stored as UTC midnight) inputs are accepted, or null. */
  preferenceDeadline: Date | null;
  now: Date;
};

/** "YYYY-MM-DD" of a @db.Date value. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Inputs close after the deadline day, Beijing time (the day itself still counts). */
export function deadlinePassed(deadline: Date | null, now: Date): boolean {
  if (!deadline) return false;
  const todayInBeijing = formatDate(beijingToday(now));
  return todayInBeijing > formatDate(deadline);
}

export function checkPreferences(input: PreferenceInput, rules: YearRules): PreferenceProblem | null {
  if (deadlinePassed(rules.preferenceDeadline, rules.now)) {
    return {
      key: "rotation.unit.errors.deadlinePassed",
      values: { date: formatDate(rules.preferenceDeadline!) },
    };
  }
  const duty = new Set(rules.dutyMonths);
  const seen = new Set<number>();
  for (const [index, month] of input.preferences.entries()) {
    const field = `choice${index + 1}`;
    if (!duty.has(month)) return { key: "rotation.unit.errors.notDutyMonth", values: { month }, field };
    if (seen.has(month)) return { key: "rotation.unit.errors.monthTwice", values: { month }, field };
    if (input.blackouts.includes(month))
      return { key: "rotation.unit.errors.preferenceIsBlackout", values: { month }, field };
    seen.add(month);
  }
  if (new Set(input.blackouts).size !== input.blackouts.length) {
    return { key: "rotation.unit.errors.blackoutTwice", field: "blackout" };
  }
  const allowed = rules.dutyMonths.filter((month) => !input.blackouts.includes(month)).length;
  // A unit that serves no month this year may black out every month.
  if (allowed === 0 && rules.dutyMonths.length > 0 && rules.times > 0) {
    return { key: "rotation.unit.errors.blackoutEverything", field: "blackout" };
  }
  if (allowed < rules.times) {
    return {
      key: "rotation.unit.errors.tooFewAllowed",
      values: { allowed, times: rules.times },
      field: "blackout",
    };
  }
  return null;
}
