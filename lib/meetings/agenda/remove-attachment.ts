import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { lockAgenda } from "./lock-agenda";
import type { DeleteAttachmentInput } from "./schemas";

/** Deletes a file from an item of this meeting's agenda. */
export async function removeAgendaAttachment(actorId: number, input: DeleteAttachmentInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockAgenda(tx, input, actorId);
    const attachment = await tx.agendaAttachment.findFirst({
      where: { id: input.attachmentId, agendaItem: { meetingId: input.meetingId } },
      select: { fileName: true, size: true, agendaItemId: true },
    });
    if (!attachment) throw new DomainError("meetings.agenda.errors.attachmentGone");
    await tx.agendaAttachment.delete({ where: { id: input.attachmentId } });
    await recordAudit(tx, {
      actorId,
      action: "agendaAttachment.delete",
      entity: "AgendaAttachment",
      entityId: input.attachmentId,
      before: attachment,
      after: input.amendmentNote ? { amendmentNote: input.amendmentNote } : undefined,
    });
  });
}
