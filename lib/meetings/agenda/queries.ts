import "server-only";
import { db } from "@/lib/core/db";
import { totalMinutes } from "./reorder";

/**
 * A meeting's agenda in order: items with their presenter unit and attachments (metadata only,
 * never the bytes), the total time, and the amendments made after the meeting started.
 * Used by the admin editor, the meeting page and the print page.
 */
export async function getAgenda(meetingId: number) {
  const [items, amendments] = await Promise.all([
    db.agendaItem.findMany({
      where: { meetingId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        position: true,
        title: true,
        durationMinutes: true,
        presenterUnit: { select: { id: true, name: true } },
        attachments: {
          orderBy: { id: "asc" },
          select: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
        },
      },
    }),
    db.agendaAmendment.findMany({
      where: { meetingId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, note: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  return { items, amendments, totalMinutes: totalMinutes(items) };
}
export type Agenda = Awaited<ReturnType<typeof getAgenda>>;
export type AgendaItemView = Agenda["items"][number];

/** The meeting as the agenda editor needs it, or null. */
export async function getAgendaMeeting(meetingId: number) {
  return db.meeting.findUnique({
    where: { id: meetingId },
    select: { id: true, title: true, status: true, startsAt: true },
  });
}

/** Units that may present an item: the active ones, by name. */
export async function listPresenterUnits() {
  return db.unit.findMany({
    where: { status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** An attachment with its bytes, only when it belongs to an item of that meeting. */
export async function getAttachmentForDownload(meetingId: number, attachmentId: number) {
  return db.agendaAttachment.findFirst({
    where: { id: attachmentId, agendaItem: { meetingId } },
    select: {
      fileName: true,
      contentType: true,
      data: true,
      agendaItem: { select: { meeting: { select: { isPublic: true } } } },
    },
  });
}
