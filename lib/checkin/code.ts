import { currentCheckinCode, isValidCheckinCode } from "@/lib/activities/checkin-code";

// One secret and one subject per activity, so a code shown for one activity never admits to another.
const secret = () => process.env.NEXTAUTH_SECRET ?? "dev";
const subject = (activityId: number) => `activity:${activityId}`;

export function checkinCodeFor(activityId: number, now = Date.now()): string {
  return currentCheckinCode(secret(), subject(activityId), now);
}

export function isCheckinCodeValid(activityId: number, code: string, now = Date.now()): boolean {
  return isValidCheckinCode(secret(), subject(activityId), code, now);
}
