// What the lead unit should do next with its activity: the one primary action its page and the
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

/** The Beijing calendar day the activity happens on (UTC midnight), or the 1st of its month if undated. */
export function eventDay(activity: Omit<StepInput, "status" | "report">): Date {
  if (activity.startsAt) return beijingToday(activity.startsAt);
  return activity.plannedDate ?? new Date(Date.UTC(activity.year, activity.plannedMonth - 1, 1));
}

export function nextStep(activity: StepInput, now: Date = new Date()): NextStep {
  switch (activity.status) {
    case "CLAIMED":
      return activity.startsAt ? "openSignUp" : "schedule";
    case "OPEN":
    case "CLOSED":
      // From its day on, check-in and "mark held" are what matter; before it, gathering sign-ups.
      return beijingToday(now) >= eventDay(activity) ? "checkIn" : "gatherSignUps";
    case "DONE":
      return "report";
    case "REPORTED":
      if (activity.report?.status === "NEEDS_FIX") return "fixReport";
      return activity.report?.status === "ACCEPTED" ? "finished" : "awaitReview";
    case "CANCELLED":
      return "cancelled";
    default:
      return "schedule";
  }
}
