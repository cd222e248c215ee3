import { dayMs } from "@/lib/core/time/beijing";

// A survey's one reminder goes out in its last three days: from 3 × 24 hours before it closes
// until it closes. The runs are hourly, but the server may have been down: any run inside that
// window sends what is still due, and nothing is sent once the survey has closed.

export const reminderLeadMs = 3 * dayMs;

/** The window [from, until) of closing instants whose surveys are due a reminder at `now`. */
export function dueClosingWindow(now: Date): { from: Date; until: Date } {
  return { from: new Date(now.getTime() + 1), until: new Date(now.getTime() + reminderLeadMs) };
}

/** Whether a survey closing at `closesAt` is due its reminder at `now`. */
export function reminderDue(closesAt: Date, now: Date): boolean {
  const left = closesAt.getTime() - now.getTime();
  return left > 0 && left <= reminderLeadMs;
}
