// Once the meeting has started the agenda is frozen: every change needs an amendment note,
// recorded with who and when in the same transaction. Before the start no note is asked.
import { beforeEach, describe, expect, it } from "vitest";
import {
  addAgendaItem,
  deleteAgendaAttachment,
  deleteAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
  uploadAgendaAttachment,
} from "@/lib/meetings/agenda/actions";
import { getAgenda } from "@/lib/meetings/agenda/queries";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin } from "@/tests/factories";
import {
  agendaOrder,
  createAgendaAttachment,
  createAgendaItem,
  pdfBytes,
  uploadFile,
} from "@/tests/factories/agenda";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs, formData } from "@/tests/integration/helpers/session";

let admin: { id: number; name: string };
beforeEach(async () => {
  admin = await createAdmin();
  actAs(admin);
});

const amendments = (meetingId: number) =>
  db.agendaAmendment.findMany({ where: { meetingId }, orderBy: { id: "asc" } });

describe("the agenda after the meeting starts", () => {
  it("asks no note before the start and records no amendment", async () => {
    const meeting = await createMeeting({ startsInHours: 1 });
    const state = await addAgendaItem(
      initialFormState,
      formData({ meetingId: meeting.id, title: "会前调整", durationMinutes: 10 }),
    );
    expect(state.ok).toBe(true);
    expect(await amendments(meeting.id)).toEqual([]);
  });

  it("refuses a change without a note and leaves the agenda unchanged", async () => {
    const meeting = await createMeeting({ startsInHours: -0.5 });
    const item = await createAgendaItem(meeting.id, { title: "原议题" });
    await createAgendaItem(meeting.id);
    const attachment = await createAgendaAttachment(item.id);
    const base = { meetingId: meeting.id, amendmentNote: "   " };
    const refusals = await Promise.all([
      addAgendaItem(initialFormState, formData({ ...base, title: "新增", durationMinutes: 10 })),
      updateAgendaItem(
        initialFormState,
        formData({ ...base, itemId: item.id, title: "改", durationMinutes: 9 }),
      ),
      deleteAgendaItem(initialFormState, formData({ ...base, itemId: item.id })),
      moveAgendaItem(initialFormState, formData({ ...base, itemId: item.id, direction: "down" })),
      uploadAgendaAttachment(
        initialFormState,
        formData({ ...base, itemId: item.id, file: uploadFile(pdfBytes(), "补充.pdf") }),
      ),
      deleteAgendaAttachment(initialFormState, formData({ ...base, attachmentId: attachment.id })),
    ]);
    for (const state of refusals) {
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.amendmentNote?.[0]?.key).toBe("meetings.agenda.errors.amendmentNoteRequired");
    }
    expect(await agendaOrder(meeting.id)).toEqual({ titles: ["原议题", "议题2"], positions: [0, 1] });
    expect(await db.agendaAttachment.count({ where: { agendaItemId: item.id } })).toBe(1);
    expect(await amendments(meeting.id)).toEqual([]);
  });

  it("applies a change with a note and records the note, who and when", async () => {
    const meeting = await createMeeting({ startsInHours: -0.5 });
    const item = await createAgendaItem(meeting.id, { title: "原议题" });
    await createAgendaItem(meeting.id, { title: "第二项" });
    const moved = await moveAgendaItem(
      initialFormState,
      formData({
        meetingId: meeting.id,
        itemId: item.id,
        direction: "down",
        amendmentNote: "主讲人迟到，顺延",
      }),
    );
    expect(moved.ok).toBe(true);
    const added = await addAgendaItem(
      initialFormState,
      formData({
        meetingId: meeting.id,
        title: "临时动议",
        durationMinutes: 5,
        amendmentNote: "会上增加临时动议",
      }),
    );
    expect(added.ok).toBe(true);
    expect((await agendaOrder(meeting.id)).titles).toEqual(["第二项", "原议题", "临时动议"]);
    const recorded = await amendments(meeting.id);
    expect(recorded.map((row) => row.note)).toEqual(["主讲人迟到，顺延", "会上增加临时动议"]);
    expect(recorded.every((row) => row.actorId === admin.id)).toBe(true);
    const agenda = await getAgenda(meeting.id);
    expect(agenda.amendments[0]).toMatchObject({ note: "主讲人迟到，顺延", actor: { name: admin.name } });
    expect(agenda.totalMinutes).toBe(35);
  });

  it("keeps no amendment when the change itself is refused (same transaction)", async () => {
    const meeting = await createMeeting({ startsInHours: -1 });
    const item = await createAgendaItem(meeting.id);
    await db.agendaItem.delete({ where: { id: item.id } });
    const state = await updateAgendaItem(
      initialFormState,
      formData({
        meetingId: meeting.id,
        itemId: item.id,
        title: "改",
        durationMinutes: 5,
        amendmentNote: "改时长",
      }),
    );
    expect(state.message?.key).toBe("meetings.agenda.errors.itemGone");
    expect(await amendments(meeting.id)).toEqual([]);
  });

  it("refuses a note over 500 characters", async () => {
    const meeting = await createMeeting({ startsInHours: -1 });
    const state = await addAgendaItem(
      initialFormState,
      formData({ meetingId: meeting.id, title: "x", durationMinutes: 5, amendmentNote: "长".repeat(501) }),
    );
    expect(state.fieldErrors?.amendmentNote?.[0]?.key).toBe("core.validation.tooLong");
    expect(await db.agendaItem.count({ where: { meetingId: meeting.id } })).toBe(0);
  });
});
