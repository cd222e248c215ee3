// Attachments download like their meeting is visible: public → anyone, otherwise members only.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/(public)/meetings/[id]/attachments/[attachmentId]/route";
import { db } from "@/lib/core/db";
import { createSecretary, createUnit } from "@/tests/factories";
import { createAgendaAttachment, createAgendaItem, pdfBytes } from "@/tests/factories/agenda";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs } from "@/tests/integration/helpers/session";

async function attachmentOf(isPublic: boolean) {
  const meeting = await createMeeting({ isPublic });
  const item = await createAgendaItem(meeting.id);
  const attachment = await createAgendaAttachment(item.id, pdfBytes("下载"));
  return { meetingId: meeting.id, attachmentId: attachment.id };
}

const get = (meetingId: number | string, attachmentId: number | string) =>
  GET(new Request(`http://test/meetings/${meetingId}/attachments/${attachmentId}`), {
    params: Promise.resolve({ id: String(meetingId), attachmentId: String(attachmentId) }),
  });

describe("agenda attachment download", () => {
  it("serves a public meeting's file to anyone, as an attachment with its UTF-8 name", async () => {
    actAs(null);
    const { meetingId, attachmentId } = await attachmentOf(true);
    const response = await get(meetingId, attachmentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toMatch(/^private/);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent("会议材料.pdf")}`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes("下载"));
  });

  it("serves a members-only meeting's file to signed-in members only", async () => {
    const { meetingId, attachmentId } = await attachmentOf(false);
    actAs(null);
    expect((await get(meetingId, attachmentId)).status).toBe(404);
    actAs(await createSecretary((await createUnit()).id));
    expect((await get(meetingId, attachmentId)).status).toBe(200);
    // A secretary of a suspended unit counts as signed out.
    actAs(await createSecretary((await createUnit({ status: "SUSPENDED" })).id));
    expect((await get(meetingId, attachmentId)).status).toBe(404);
  });

  it("is 404 for another meeting's id, unknown and malformed ids", async () => {
    actAs(null);
    const shown = await attachmentOf(true);
    const other = await attachmentOf(true);
    expect((await get(other.meetingId, shown.attachmentId)).status).toBe(404);
    expect((await get(shown.meetingId, 2_000_000_000)).status).toBe(404);
    expect((await get("abc", shown.attachmentId)).status).toBe(404);
    expect((await get(shown.meetingId, "1e3")).status).toBe(404);
    await db.agendaAttachment.delete({ where: { id: shown.attachmentId } });
    expect((await get(shown.meetingId, shown.attachmentId)).status).toBe(404);
  });
});
