// The agenda is the committee's to set: every agenda write is for admins only (meetings.manage).
import {
  addAgendaItem,
  deleteAgendaAttachment,
  deleteAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
  uploadAgendaAttachment,
} from "@/lib/meetings/agenda/actions";
import { createAgendaAttachment, createAgendaItem, pdfBytes, uploadFile } from "@/tests/factories/agenda";
import { createMeeting } from "@/tests/factories/meetings";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase, type World } from "./roles";

async function meetingWithItems(world: World) {
  const meeting = await createMeeting({ invite: [world.unitA.id, world.unitB.id] });
  const first = await createAgendaItem(meeting.id);
  const second = await createAgendaItem(meeting.id);
  return { meetingId: meeting.id, first, second };
}

export const cases: AuthorizationCase[] = [
  {
    name: "addAgendaItem",
    action: addAgendaItem,
    input: async (world) => {
      const meeting = await createMeeting({ invite: [world.unitA.id] });
      return formData({
        meetingId: meeting.id,
        title: "工作报告",
        durationMinutes: 20,
        presenterUnitId: world.unitA.id,
      });
    },
    expected: adminOnly,
  },
  {
    name: "updateAgendaItem",
    action: updateAgendaItem,
    input: async (world) => {
      const { meetingId, first } = await meetingWithItems(world);
      return formData({ meetingId, itemId: first.id, title: "修改后的议题", durationMinutes: 30 });
    },
    expected: adminOnly,
  },
  {
    name: "deleteAgendaItem",
    action: deleteAgendaItem,
    input: async (world) => {
      const { meetingId, first } = await meetingWithItems(world);
      return formData({ meetingId, itemId: first.id });
    },
    expected: adminOnly,
  },
  {
    name: "moveAgendaItem",
    action: moveAgendaItem,
    input: async (world) => {
      const { meetingId, second } = await meetingWithItems(world);
      return formData({ meetingId, itemId: second.id, direction: "up" });
    },
    expected: adminOnly,
  },
  {
    name: "uploadAgendaAttachment",
    action: uploadAgendaAttachment,
    input: async (world) => {
      const { meetingId, first } = await meetingWithItems(world);
      return formData({ meetingId, itemId: first.id, file: uploadFile(pdfBytes(), "材料.pdf") });
    },
    expected: adminOnly,
  },
  {
    name: "deleteAgendaAttachment",
    action: deleteAgendaAttachment,
    input: async (world) => {
      const { meetingId, first } = await meetingWithItems(world);
      const attachment = await createAgendaAttachment(first.id);
      return formData({ meetingId, attachmentId: attachment.id });
    },
    expected: adminOnly,
  },
];
