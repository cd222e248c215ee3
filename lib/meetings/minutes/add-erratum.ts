import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { lockMinutes } from "./lock-minutes";
import type { MinutesErratumInput } from "./schemas";

/** Appends a correction under published minutes; before publishing, the text itself is edited. */
export async function addMinutesErratum(actor: CurrentUser, input: MinutesErratumInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const minutes = await lockMinutes(tx, actor, input.meetingId);
    if (minutes.status !== "PUBLISHED") throw new DomainError("meetings.minutes.errors.erratumBeforePublish");
    const erratum = await tx.minutesErratum.create({
      data: { meetingId: input.meetingId, body: input.body, authorId: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "minutes.addErratum",
      entity: "MinutesErratum",
      entityId: erratum.id,
      unitId: minutes.meeting.hostUnitId,
      after: { meetingId: input.meetingId, characters: input.body.length },
    });
  });
}
