import { currentCheckinCode, isValidCheckinCode } from "./rotating-code";

// One secret for every rotating check-in code, and one subject per activity or meeting, so a
// code shown for one never admits to another.
const secret = () => process.env.NEXTAUTH_SECRET ?? "dev";

/** The code to show now for a subject such as "activity:42" or "meeting:7". */
export function codeForSubject(subject: string, now = Date.now()): string {
  return currentCheckinCode(secret(), subject, now);
}

export function isCodeValidForSubject(subject: string, code: string, now = Date.now()): boolean {
  return isValidCheckinCode(secret(), subject, code, now);
}
