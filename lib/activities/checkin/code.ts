import { codeForSubject, isCodeValidForSubject } from "@/lib/core/checkin-code/subject-code";

// The rotating check-in code (lib/core/checkin-code) with the activity as subject.
const subject = (activityId: number) => `activity:${activityId}`;

export function checkinCodeFor(activityId: number, now = Date.now()): string {
  return codeForSubject(subject(activityId), now);
}

export function isCheckinCodeValid(activityId: number, code: string, now = Date.now()): boolean {
  return isCodeValidForSubject(subject(activityId), code, now);
}
