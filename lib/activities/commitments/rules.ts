import type { ActivityStatus, Commitment } from "./types";

// Which activity or joint meeting can be the evidence of which commitment. The one place these
// rules live: the mutations enforce them, the secretary's form and the admin's help text are
// written from the same constants.
//
// - Leading an activity of the list counts for the activity's own commitment (Activity.commitment).
// - Joining another unit's activity counts only for the commitments a unit can fulfil together with
//   others: a study exchange (its young people took part in one) and a livelihood matter
//   (several units working for one community, 多对一抱团). Claiming a youth project, hosting
//   (承办) a cultural or sports activity and building a backbone team take leading.
// - Attending a joint meeting (present or by a delegate) counts for a study exchange only.
// - The activity must have been held (marked held or reported) and the meeting held, in the same
//   year as the record; cancelled and unclaimed activities never count.

export const joiningCounts: readonly Commitment[] = ["STUDY_EXCHANGE", "LIVELIHOOD"];
export const meetingCounts: readonly Commitment[] = ["STUDY_EXCHANGE"];

export type LinkRole = "LEAD" | "JOINED";

export type ActivityLink = {
  commitment: Commitment;
  year: number;
  status: ActivityStatus;
  /** How the record's unit took part; null when it neither leads nor joined the activity. */
  role: LinkRole | null;
};

export type MeetingLink = { year: number; held: boolean; attended: boolean };

/** Whether taking part in an activity in this role can count for the commitment at all. */
export function roleCounts(commitment: Commitment, activityCommitment: Commitment, role: LinkRole): boolean {
  if (activityCommitment !== commitment) return false;
  return role === "LEAD" || joiningCounts.includes(commitment);
}

const held: ReadonlySet<ActivityStatus> = new Set(["DONE", "REPORTED"]);

/** Why an activity cannot be the evidence of a record (a catalog key), or null when it can. */
export function activityRefusal(
  record: { commitment: Commitment; year: number },
  activity: ActivityLink,
): string | null {
  if (activity.role === null) return "activities.commitments.linkNotOurs";
  if (activity.year !== record.year) return "activities.commitments.linkOtherYear";
  if (activity.commitment !== record.commitment) return "activities.commitments.linkOtherCommitment";
  if (!roleCounts(record.commitment, activity.commitment, activity.role))
    return "activities.commitments.linkLeadOnly";
  if (!held.has(activity.status)) return "activities.commitments.linkNotHeld";
  return null;
}

/** Why a joint meeting cannot be the evidence of a record (a catalog key), or null when it can. */
export function meetingRefusal(
  record: { commitment: Commitment; year: number },
  meeting: MeetingLink,
): string | null {
  if (!meeting.attended) return "activities.commitments.linkNotAttended";
  if (meeting.year !== record.year) return "activities.commitments.linkOtherYear";
  if (!meetingCounts.includes(record.commitment)) return "activities.commitments.linkMeetingNotCounted";
  if (!meeting.held) return "activities.commitments.linkNotHeld";
  return null;
}

/** An activity that will count once held: claimed and not cancelled. */
export function activityUnderWay(status: ActivityStatus): boolean {
  return status !== "PLANNED" && status !== "CANCELLED";
}
