import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { activityRefusal, meetingRefusal, type LinkRole } from "./rules";
import type { Commitment } from "./types";

// Loads what a record links to, as seen by the record's unit, and asks the rules (rules.ts)
// whether it counts. Runs inside the mutation's transaction; a refusal names the form's field.

type Target = { commitment: Commitment; year: number };
type Link = { activityId: number | null; meetingId: number | null };

async function activityRole(tx: Tx, unitId: number, activityId: number) {
  const activity = await tx.activity.findUnique({
    where: { id: activityId },
    select: {
      year: true,
      commitment: true,
      status: true,
      leadUnitId: true,
      participations: { where: { unitId, status: "JOINED" }, select: { id: true }, take: 1 },
    },
  });
  if (!activity) return null;
  const role: LinkRole | null =
    activity.leadUnitId === unitId ? "LEAD" : activity.participations.length > 0 ? "JOINED" : null;
  return { ...activity, role };
}

async function meetingAttended(tx: Tx, unitId: number, meetingId: number, now: Date) {
  const meeting = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      startsAt: true,
      status: true,
      attendance: { where: { unitId, status: { in: ["PRESENT", "DELEGATE"] } }, select: { unitId: true } },
    },
  });
  if (!meeting) return null;
  return {
    year: beijingYearMonth(meeting.startsAt).year,
    held: meeting.status === "HELD" || (meeting.status === "SCHEDULED" && meeting.startsAt <= now),
    attended: meeting.attendance.length > 0,
  };
}

/** Refuses a link the rules do not count for this unit, commitment and year. */
export async function checkEvidenceLink(tx: Tx, unitId: number, target: Target, link: Link): Promise<void> {
  let refusal: string | null = null;
  if (link.activityId !== null) {
    const activity = await activityRole(tx, unitId, link.activityId);
    refusal = activity ? activityRefusal(target, activity) : "activities.commitments.linkNotOurs";
  } else if (link.meetingId !== null) {
    const meeting = await meetingAttended(tx, unitId, link.meetingId, new Date());
    refusal = meeting ? meetingRefusal(target, meeting) : "activities.commitments.linkNotAttended";
  }
  if (refusal) throw new DomainError(refusal, undefined, "link");
}
