import type { CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { RestoreMinutesInput } from "./schemas";
import { appendMinutesVersion, type SaveOutcome } from "./save-minutes";

/**
 * Restores an old version as a new one (history is never rewritten). Like a save it must be
 * based on the current version, so a restore chosen on a stale page cannot undo newer work.
 */
export async function restoreMinutesVersion(
  actor: CurrentUser,
  input: RestoreMinutesInput,
): Promise<SaveOutcome> {
  // Versions are append-only: reading the old text before the save's transaction is safe.
  const old = await db.minutesVersion.findUnique({
    where: { meetingId_number: { meetingId: input.meetingId, number: input.number } },
    select: { body: true },
  });
  if (!old) throw new DomainError("meetings.minutes.errors.versionNotFound");
  const outcome = await appendMinutesVersion(actor, {
    meetingId: input.meetingId,
    body: old.body,
    baseVersion: input.baseVersion,
    restoredFrom: input.number,
  });
  if (outcome.kind === "conflict") throw new DomainError("meetings.minutes.errors.restoreStale");
  return outcome;
}
