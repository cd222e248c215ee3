// Small pure helpers shared by the meeting schemas and pages.

/** Only http(s) links are offered to members as the online meeting room. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** What changed between two invitation lists: who must be invited and who un-invited. */
export function diffInvitations(current: number[], wanted: number[]) {
  const before = new Set(current);
  const after = new Set(wanted);
  return {
    added: [...after].filter((unitId) => !before.has(unitId)),
    removed: [...before].filter((unitId) => !after.has(unitId)),
    kept: [...after].filter((unitId) => before.has(unitId)),
  };
}

/** A later reminder is allowed an hour after the previous one, so units are not spammed. */
export const reminderPauseMs = 60 * 60 * 1000;

export function remindedRecently(lastRemindedAt: Date | null, now: Date): boolean {
  return lastRemindedAt !== null && now.getTime() - lastRemindedAt.getTime() < reminderPauseMs;
}

/** One line for the place: venue, room/address, and "online" when there is a link. */
export function describePlace(
  meeting: { place: string; onlineUrl: string | null; venue: { name: string } | null },
  onlineLabel: string,
): string {
  const parts = [meeting.venue?.name, meeting.place, meeting.onlineUrl ? onlineLabel : null];
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(" · ");
}
