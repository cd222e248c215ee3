import { codeForSubject, isCodeValidForSubject } from "@/lib/core/checkin-code/subject-code";

// The rotating check-in code (lib/core/checkin-code) with the meeting as subject.
const subject = (meetingId: number) => `meeting:${meetingId}`;

export function meetingCheckinCode(meetingId: number, now = Date.now()): string {
  return codeForSubject(subject(meetingId), now);
}

export function isMeetingCheckinCodeValid(meetingId: number, code: string, now = Date.now()): boolean {
  return isCodeValidForSubject(subject(meetingId), code, now);
}
