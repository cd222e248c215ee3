import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { lockMinutes } from "./lock-minutes";
import type { PublishMinutesInput } from "./schemas";

/**
 * Publishes the current version (members-only or public) and tells the invited units. From then
 * on the minutes are read-only: saves, restores and drafts are refused, errata may be added.
 */
export async function publishMinutes(actor: CurrentUser, input: PublishMinutesInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const minutes = await lockMinutes(tx, actor, input.meetingId);
    if (minutes.status === "PUBLISHED") throw new DomainError("meetings.minutes.errors.alreadyPublished");
    if (minutes.currentVersion === 0) throw new DomainError("meetings.minutes.errors.nothingToPublish");
    // The publisher read a version: publishing text they have not seen is refused.
    if (minutes.currentVersion !== input.baseVersion)
      throw new DomainError("meetings.minutes.errors.publishStale");
    // Public minutes on a members-only meeting would expose what the meeting page hides.
    if (input.visibility === "PUBLIC" && !minutes.meeting.isPublic) {
      throw new DomainError("meetings.minutes.errors.publicNeedsPublicMeeting", undefined, "visibility");
    }
    await tx.meetingMinutes.update({
      where: { meetingId: input.meetingId },
      data: {
        status: "PUBLISHED",
        visibility: input.visibility,
        publishedAt: new Date(),
        publishedById: actor.id,
      },
    });
    const invited = await tx.meetingInvitation.findMany({
      where: { meetingId: input.meetingId },
      select: { unitId: true },
    });
    for (const { unitId } of invited) {
      await notifyUnit(
        tx,
        unitId,
        "MINUTES_PUBLISHED",
        { meetingId: input.meetingId },
        { title: minutes.meeting.title },
      );
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "minutes.publish",
      entity: "MeetingMinutes",
      entityId: input.meetingId,
      unitId: minutes.meeting.hostUnitId,
      before: { status: "DRAFT" },
      after: { status: "PUBLISHED", visibility: input.visibility, version: minutes.currentVersion },
    });
  });
}
