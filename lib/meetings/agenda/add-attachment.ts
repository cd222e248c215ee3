import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { detectAttachmentType, maxAttachmentBytes } from "./attachment-type";
import { sanitizeFileName } from "./file-name";
import { lockAgenda } from "./lock-agenda";
import type { UploadAttachmentInput } from "./schemas";

/**
 * Stores a file on an agenda item. Type and size are checked on the bytes before anything is
 * written; the browser's MIME type and the name's extension alone decide nothing.
 */
export async function addAgendaAttachment(actorId: number, input: UploadAttachmentInput): Promise<number> {
  const { file } = input;
  const tooLarge = () =>
    new DomainError(
      "meetings.agenda.errors.fileTooLarge",
      { max: maxAttachmentBytes / (1024 * 1024) },
      "file",
    );
  if (file.size > maxAttachmentBytes) throw tooLarge();
  const data = new Uint8Array(await file.arrayBuffer());
  if (data.byteLength === 0) throw new DomainError("meetings.agenda.errors.fileEmpty", undefined, "file");
  if (data.byteLength > maxAttachmentBytes) throw tooLarge();
  const fileName = sanitizeFileName(file.name);
  const contentType = detectAttachmentType(data, fileName);
  if (!contentType) throw new DomainError("meetings.agenda.errors.fileType", undefined, "file");

  return db.$transaction(async (tx) => {
    await lockAgenda(tx, input, actorId);
    const item = await tx.agendaItem.findFirst({
      where: { id: input.itemId, meetingId: input.meetingId },
      select: { id: true },
    });
    if (!item) throw new DomainError("meetings.agenda.errors.itemGone");
    const created = await tx.agendaAttachment.create({
      data: {
        agendaItemId: item.id,
        fileName,
        contentType,
        size: data.byteLength,
        data,
        uploadedById: actorId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "agendaAttachment.create",
      entity: "AgendaAttachment",
      entityId: created.id,
      after: {
        agendaItemId: item.id,
        fileName,
        contentType,
        size: data.byteLength,
        amendmentNote: input.amendmentNote || undefined,
      },
    });
    return created.id;
  });
}
