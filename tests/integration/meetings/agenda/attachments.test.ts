// Attachments are typed by their bytes, 1 byte–2 MiB, with a cleaned name; refusals store nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { deleteAgendaAttachment, uploadAgendaAttachment } from "@/lib/meetings/agenda/actions";
import { maxAttachmentBytes } from "@/lib/meetings/agenda/attachment-type";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin } from "@/tests/factories";
import { pngBytes } from "@/tests/factories/images";
import {
  createAgendaAttachment,
  createAgendaItem,
  oleBytes,
  pdfBytes,
  uploadFile,
  zipBytes,
} from "@/tests/factories/agenda";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs, formData } from "@/tests/integration/helpers/session";

beforeEach(async () => {
  actAs(await createAdmin());
});

async function itemOfNewMeeting() {
  const meeting = await createMeeting();
  const item = await createAgendaItem(meeting.id);
  return { meetingId: meeting.id, itemId: item.id };
}

const upload = (target: { meetingId: number; itemId: number }, file: File | string) =>
  uploadAgendaAttachment(initialFormState, formData({ ...target, file }));

describe("agenda attachments", () => {
  it("stores PDF, image and Office files with the detected type and a cleaned name", async () => {
    const target = await itemOfNewMeeting();
    const cases: Array<[File, string, string]> = [
      [uploadFile(pdfBytes(), "C:\\材料\\工作报告.pdf", "text/html"), "application/pdf", "工作报告.pdf"],
      [uploadFile(pngBytes(), "合影.png", "image/png"), "image/png", "合影.png"],
      [
        uploadFile(zipBytes(), "议程\u0000表.docx"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "议程表.docx",
      ],
      [uploadFile(oleBytes(), "预算.xls"), "application/vnd.ms-excel", "预算.xls"],
    ];
    for (const [file, contentType, fileName] of cases) {
      const state = await upload(target, file);
      expect(state, JSON.stringify(state.message)).toMatchObject({ ok: true });
      const stored = await db.agendaAttachment.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
      expect(stored).toMatchObject({ contentType, fileName, size: file.size });
    }
  });

  it("refuses wrong types, empty and oversized files with a field error and stores nothing", async () => {
    const target = await itemOfNewMeeting();
    const refusals: Array<[File | string, string]> = [
      [
        uploadFile(new Uint8Array(Buffer.from("hello")), "notes.txt", "text/plain"),
        "meetings.agenda.errors.fileType",
      ],
      [uploadFile(new Uint8Array([0x4d, 0x5a, 0x90, 0]), "setup.exe"), "meetings.agenda.errors.fileType"],
      [
        uploadFile(new Uint8Array(Buffer.from("plain text")), "fake.pdf", "application/pdf"),
        "meetings.agenda.errors.fileType",
      ],
      [uploadFile(zipBytes(), "bundle.zip"), "meetings.agenda.errors.fileType"],
      [uploadFile(oleBytes(), "installer.msi"), "meetings.agenda.errors.fileType"],
      [uploadFile(new Uint8Array(), "empty.pdf"), "meetings.agenda.errors.fileEmpty"],
      [uploadFile(new Uint8Array(), ""), "meetings.agenda.errors.fileRequired"],
      ["not a file", "meetings.agenda.errors.fileRequired"],
      [
        uploadFile(
          new Uint8Array(Buffer.concat([Buffer.from(pdfBytes()), Buffer.alloc(maxAttachmentBytes)])),
          "big.pdf",
        ),
        "meetings.agenda.errors.fileTooLarge",
      ],
    ];
    for (const [file, key] of refusals) {
      const state = await upload(target, file);
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.file?.[0]?.key, key).toBe(key);
    }
    expect(await db.agendaAttachment.count({ where: { agendaItemId: target.itemId } })).toBe(0);
  });

  it("accepts a file of exactly 2 MiB", async () => {
    const target = await itemOfNewMeeting();
    const bytes = Buffer.alloc(maxAttachmentBytes);
    bytes.set(pdfBytes());
    expect((await upload(target, uploadFile(new Uint8Array(bytes), "exact.pdf"))).ok).toBe(true);
  });

  it("refuses an upload to an item deleted meanwhile or of another meeting", async () => {
    const target = await itemOfNewMeeting();
    const other = await createMeeting();
    const wrong = await upload(
      { meetingId: other.id, itemId: target.itemId },
      uploadFile(pdfBytes(), "a.pdf"),
    );
    expect(wrong.message?.key).toBe("meetings.agenda.errors.itemGone");
    await db.agendaItem.delete({ where: { id: target.itemId } });
    expect((await upload(target, uploadFile(pdfBytes(), "a.pdf"))).message?.key).toBe(
      "meetings.agenda.errors.itemGone",
    );
    expect(await db.agendaAttachment.count({ where: { agendaItemId: target.itemId } })).toBe(0);
  });

  it("deletes an attachment, only through its own meeting", async () => {
    const target = await itemOfNewMeeting();
    const attachment = await createAgendaAttachment(target.itemId);
    const other = await createMeeting();
    const wrong = await deleteAgendaAttachment(
      initialFormState,
      formData({ meetingId: other.id, attachmentId: attachment.id }),
    );
    expect(wrong.message?.key).toBe("meetings.agenda.errors.attachmentGone");
    expect(await db.agendaAttachment.count({ where: { id: attachment.id } })).toBe(1);
    const state = await deleteAgendaAttachment(
      initialFormState,
      formData({ meetingId: target.meetingId, attachmentId: attachment.id }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "meetings.agenda.attachmentDeleted" } });
    expect(await db.agendaAttachment.count({ where: { id: attachment.id } })).toBe(0);
  });
});
