// Agenda items, attachments and upload files for the agenda tests.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function createAgendaItem(
  meetingId: number,
  overrides: Partial<Prisma.AgendaItemUncheckedCreateInput> = {},
) {
  const position = await db.agendaItem.count({ where: { meetingId } });
  return db.agendaItem.create({
    data: { meetingId, position, title: `议题${position + 1}`, durationMinutes: 15, ...overrides },
  });
}

export async function createAgendaAttachment(agendaItemId: number, bytes: Uint8Array = pdfBytes()) {
  return db.agendaAttachment.create({
    data: {
      agendaItemId,
      fileName: "会议材料.pdf",
      contentType: "application/pdf",
      size: bytes.byteLength,
      data: new Uint8Array(bytes),
    },
  });
}

/** A minimal PDF: the signature is all the type check reads. */
export function pdfBytes(text = "agenda"): Uint8Array {
  return new Uint8Array(Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, "latin1"));
}

/** The start of a zip archive, as every docx/xlsx/pptx begins. */
export function zipBytes(): Uint8Array {
  return new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0]);
}

/** The start of an OLE compound file, as legacy doc/xls/ppt begin. */
export function oleBytes(): Uint8Array {
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
}

export function uploadFile(bytes: Uint8Array, name: string, type = "application/octet-stream"): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/** The agenda's titles in stored order, and the positions as stored. */
export async function agendaOrder(meetingId: number) {
  const items = await db.agendaItem.findMany({
    where: { meetingId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { title: true, position: true },
  });
  return { titles: items.map((item) => item.title), positions: items.map((item) => item.position) };
}
