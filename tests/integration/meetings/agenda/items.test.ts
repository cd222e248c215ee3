// Adding, editing, deleting and reordering agenda items; positions always 0..n-1.
import { beforeEach, describe, expect, it } from "vitest";
import {
  addAgendaItem,
  deleteAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
} from "@/lib/meetings/agenda/actions";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createUnit } from "@/tests/factories";
import { agendaOrder, createAgendaAttachment, createAgendaItem } from "@/tests/factories/agenda";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs, formData } from "@/tests/integration/helpers/session";

beforeEach(async () => {
  actAs(await createAdmin());
});

const add = (meetingId: number, fields: Record<string, string | number> = {}) =>
  addAgendaItem(initialFormState, formData({ meetingId, title: "新议题", durationMinutes: 20, ...fields }));

describe("agenda items", () => {
  it("appends items in order with their presenter and time", async () => {
    const meeting = await createMeeting();
    const unit = await createUnit();
    expect(
      (await add(meeting.id, { title: "开幕致辞", presenterUnitId: unit.id, durationMinutes: 10 })).ok,
    ).toBe(true);
    const second = await add(meeting.id, { title: "工作报告", presenterUnitId: "" });
    expect(second).toMatchObject({ ok: true, message: { key: "meetings.agenda.itemAdded" } });
    expect(await agendaOrder(meeting.id)).toEqual({ titles: ["开幕致辞", "工作报告"], positions: [0, 1] });
    const first = await db.agendaItem.findFirstOrThrow({ where: { meetingId: meeting.id, position: 0 } });
    expect(first).toMatchObject({ presenterUnitId: unit.id, durationMinutes: 10 });
    expect(
      await db.auditLog.count({ where: { action: "agendaItem.create", entityId: String(first.id) } }),
    ).toBe(1);
  });

  it("refuses bad input and an inactive presenter, storing nothing", async () => {
    const meeting = await createMeeting();
    const suspended = await createUnit({ status: "SUSPENDED" });
    const tooLong = await add(meeting.id, { durationMinutes: 601 });
    expect(tooLong.fieldErrors?.durationMinutes?.[0]?.key).toBe("core.validation.tooBig");
    const zero = await add(meeting.id, { durationMinutes: 0 });
    expect(zero.fieldErrors?.durationMinutes?.[0]?.key).toBe("core.validation.tooSmall");
    const missing = await add(meeting.id, { durationMinutes: "" });
    expect(missing.fieldErrors?.durationMinutes?.[0]?.key).toBe("core.validation.required");
    const blank = await add(meeting.id, { title: "  " });
    expect(blank.fieldErrors?.title?.[0]?.key).toBe("core.validation.required");
    expect(blank.values?.durationMinutes).toBe("20");
    const inactive = await add(meeting.id, { presenterUnitId: suspended.id });
    expect(inactive.fieldErrors?.presenterUnitId?.[0]?.key).toBe("meetings.agenda.errors.presenterInactive");
    expect(await db.agendaItem.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  it("edits an item, and tells the editor when it was deleted meanwhile", async () => {
    const meeting = await createMeeting();
    const item = await createAgendaItem(meeting.id, { title: "旧标题" });
    const edit = (fields: Record<string, string | number>) =>
      updateAgendaItem(
        initialFormState,
        formData({ meetingId: meeting.id, itemId: item.id, title: "新标题", durationMinutes: 45, ...fields }),
      );
    expect((await edit({})).ok).toBe(true);
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      title: "新标题",
      durationMinutes: 45,
    });
    // Another meeting's item is not reachable through this meeting.
    const other = await createMeeting();
    const wrong = await updateAgendaItem(
      initialFormState,
      formData({ meetingId: other.id, itemId: item.id, title: "偷改", durationMinutes: 5 }),
    );
    expect(wrong.message?.key).toBe("meetings.agenda.errors.itemGone");
    await db.agendaItem.delete({ where: { id: item.id } });
    const gone = await edit({ title: "再改" });
    expect(gone).toMatchObject({ ok: false, message: { key: "meetings.agenda.errors.itemGone" } });
    expect(gone.values?.title).toBe("再改");
  });

  it("deletes an item with its attachments and closes the gap", async () => {
    const meeting = await createMeeting();
    const [a, b] = [await createAgendaItem(meeting.id), await createAgendaItem(meeting.id)];
    await createAgendaItem(meeting.id);
    await createAgendaAttachment(b.id);
    const state = await deleteAgendaItem(initialFormState, formData({ meetingId: meeting.id, itemId: b.id }));
    expect(state.ok).toBe(true);
    expect(await agendaOrder(meeting.id)).toEqual({ titles: ["议题1", "议题3"], positions: [0, 1] });
    expect(await db.agendaAttachment.count({ where: { agendaItemId: b.id } })).toBe(0);
    const again = await deleteAgendaItem(initialFormState, formData({ meetingId: meeting.id, itemId: b.id }));
    expect(again.message?.key).toBe("meetings.agenda.errors.itemGone");
    expect(await db.agendaItem.count({ where: { id: a.id } })).toBe(1);
  });

  it("moves items up and down, announcing the new place, and refuses moving past the ends", async () => {
    const meeting = await createMeeting();
    const [, b, c] = [
      await createAgendaItem(meeting.id),
      await createAgendaItem(meeting.id),
      await createAgendaItem(meeting.id),
    ];
    const move = (itemId: number, direction: string) =>
      moveAgendaItem(initialFormState, formData({ meetingId: meeting.id, itemId, direction }));
    expect(await move(c.id, "up")).toMatchObject({
      ok: true,
      message: { key: "meetings.agenda.itemMoved", values: { title: "议题3", position: 2, total: 3 } },
    });
    expect((await agendaOrder(meeting.id)).titles).toEqual(["议题1", "议题3", "议题2"]);
    await move(b.id, "up");
    await move(b.id, "up");
    expect(await agendaOrder(meeting.id)).toEqual({
      titles: ["议题2", "议题1", "议题3"],
      positions: [0, 1, 2],
    });
    expect((await move(b.id, "up")).message?.key).toBe("meetings.agenda.errors.alreadyFirst");
    expect((await move(c.id, "down")).message?.key).toBe("meetings.agenda.errors.alreadyLast");
    expect((await move(b.id, "sideways")).fieldErrors?.direction?.[0]?.key).toBe("core.validation.choice");
    expect((await agendaOrder(meeting.id)).titles).toEqual(["议题2", "议题1", "议题3"]);
  });

  it("keeps positions 0..n-1 when two admins reorder and add at the same moment", async () => {
    const meeting = await createMeeting();
    const items = [];
    for (let i = 0; i < 4; i += 1) items.push(await createAgendaItem(meeting.id));
    const move = (itemId: number, direction: string) =>
      moveAgendaItem(initialFormState, formData({ meetingId: meeting.id, itemId, direction }));
    const results = await Promise.all([
      move(items[3]!.id, "up"),
      move(items[2]!.id, "up"),
      move(items[1]!.id, "down"),
      add(meeting.id, { title: "临时动议" }),
      add(meeting.id, { title: "其他事项" }),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const { positions, titles } = await agendaOrder(meeting.id);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(titles).size).toBe(6);
  });

  it("leaves a cancelled meeting's agenda as it was", async () => {
    const meeting = await createMeeting({ status: "CANCELLED", cancelReason: "改期" });
    const item = await createAgendaItem(meeting.id);
    expect((await add(meeting.id)).message?.key).toBe("meetings.agenda.errors.meetingCancelled");
    const del = await deleteAgendaItem(
      initialFormState,
      formData({ meetingId: meeting.id, itemId: item.id }),
    );
    expect(del.message?.key).toBe("meetings.agenda.errors.meetingCancelled");
    expect(await agendaOrder(meeting.id)).toEqual({ titles: ["议题1"], positions: [0] });
    const missing = await add(2_000_000_000);
    expect(missing.message?.key).toBe("meetings.agenda.errors.meetingNotFound");
  });
});
