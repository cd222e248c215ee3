// What the lead unit should do next with its item: the one primary action its page and the
// "my activities" list show. Pure, so every status and day is covered by a unit test.
import type { ActivityStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { beijingToday } from "@/lib/core/time/beijing";

export type NextStep =
  | "schedule"
  | "openSignUp"
  | "gatherSignUps"
  | "checkIn"
  | "report"
  | "fixReport"
  | "awaitReview"
  | "finished"
  | "cancelled";

export type StepInput = {
  status: ActivityStatus;
  year: number;
  plannedMonth: number;
  plannedDate: Date | null;
  startsAt: Date | null;
  report: { status: ReportStatus } | null;
};

/** The Beijing calendar day the item happens on (UTC midnight), or the 1st of its month if undated. */
export function eventDay(item: Omit<StepInput, "status" | "report">): Date {
  if (item.startsAt) return beijingToday(item.startsAt);
  return item.plannedDate ?? new Date(Date.UTC(item.year, item.plannedMonth - 1, 1));
}

export function nextStep(item: StepInput, now: Date = new Date()): NextStep {
  switch (item.status) {
    case "CLAIMED":
      return item.startsAt ? "openSignUp" : "schedule";
    case "OPEN":
    case "CLOSED":
      // From its day on, check-in and "mark held" are what matter; before it, gathering sign-ups.
      return beijingToday(now) >= eventDay(item) ? "checkIn" : "gatherSignUps";
    case "DONE":
      return "report";
    case "REPORTED":
      if (item.report?.status === "NEEDS_FIX") return "fixReport";
      return item.report?.status === "ACCEPTED" ? "finished" : "awaitReview";
    case "CANCELLED":
      return "cancelled";
    default:
      return "schedule";
  }
}
