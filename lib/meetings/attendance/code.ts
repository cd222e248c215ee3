import { codeForSubject, isCodeValidForSubject } from "@/lib/activities/checkin";

// The same rotating code as activity check-in, with the meeting as subject.
const subject = (meetingId: number) => `meeting:${meetingId}`;

export function meetingCheckinCode(meetingId: number, now = Date.now()): string {
  return codeForSubject(subject(meetingId), now);
}

export function isMeetingCheckinCodeValid(meetingId: number, code: string, now = Date.now()): boolean {
  return isCodeValidForSubject(subject(meetingId), code, now);
}
