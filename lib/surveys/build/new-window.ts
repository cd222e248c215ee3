import { dayMs } from "@/lib/core/time/beijing";

const hourMs = 3_600_000;

/** A new survey's window: open from the start of this hour (so at once), for two weeks. */
export function newSurveyWindow(now: Date): { opensAt: Date; closesAt: Date } {
  const opensAt = new Date(Math.floor(now.getTime() / hourMs) * hourMs);
  return { opensAt, closesAt: new Date(opensAt.getTime() + 14 * dayMs) };
}
