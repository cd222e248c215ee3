import type { ActivityStatus, ReportStatus } from "@/lib/generated/prisma/enums";

// Which numbers an activity shows (plan cards, the unit's list, the activity page): sign-ups while
// it runs, and once it is reported the report's own figures (who actually came), never the
// sign-ups beside a report that says otherwise.

/** What the report part of a query selects (`report: { select: reportCountsSelect }`). */
export const reportCountsSelect = { status: true, participants: { select: { count: true } } } as const;

export type ReportCountsRow = { status: ReportStatus; participants: { count: number }[] } | null;

export type ActivityCounts =
  | { kind: "reported"; units: number; people: number }
  /** Reported, but the report was returned for a fix and is hidden until resubmitted. */
  | { kind: "revising" }
  | { kind: "signUps"; units: number; people: number; capacity: number | null };

export function activityCounts(activity: {
  status: ActivityStatus;
  capacity: number | null;
  joinedUnits: number;
  joinedHeadcount: number;
  report: ReportCountsRow;
}): ActivityCounts {
  if (activity.status === "REPORTED" && activity.report) {
    // Same visibility as the public report (lib/activities/reports/public-queries.ts).
    if (activity.report.status === "NEEDS_FIX") return { kind: "revising" };
    const present = activity.report.participants.filter((row) => row.count > 0);
    return {
      kind: "reported",
      units: present.length,
      people: present.reduce((sum, row) => sum + row.count, 0),
    };
  }
  return {
    kind: "signUps",
    units: activity.joinedUnits,
    people: activity.joinedHeadcount,
    capacity: activity.capacity,
  };
}
