// Minutes of a joint meeting: admins and the host unit's secretaries write them (save, autosave,
// restore, erratum); only admins publish. Each case uses a fresh meeting hosted by unit A.
import { db } from "@/lib/core/db";
import {
  addMinutesErratum,
  autosaveMinutesDraft,
  publishMinutes,
  restoreMinutesVersion,
  saveMinutes,
} from "@/lib/meetings/minutes/actions";
import { createMeeting, createMinutesVersion } from "@/tests/factories/meetings";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, unitAOrAdmin, type AuthorizationCase, type World } from "./roles";

async function hostedMeeting(world: World, versions = 0, published = false) {
  const meeting = await createMeeting({ startsInHours: -24, status: "HELD", hostUnitId: world.unitA.id });
  for (let number = 1; number <= versions; number++) {
    await createMinutesVersion(meeting.id, world.users.admin.id, `纪要第${number}版`);
  }
  if (published) {
    await db.meetingMinutes.update({
      where: { meetingId: meeting.id },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: world.users.admin.id },
    });
  }
  return meeting;
}

export const cases: AuthorizationCase[] = [
  {
    name: "saveMinutes",
    action: saveMinutes,
    input: async (world) => {
      const meeting = await hostedMeeting(world);
      return formData({ meetingId: meeting.id, body: "# 纪要", baseVersion: 0 });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "autosaveMinutesDraft",
    action: autosaveMinutesDraft,
    input: async (world) => {
      const meeting = await hostedMeeting(world);
      return formData({ meetingId: meeting.id, body: "草稿", baseVersion: 0 });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "restoreMinutesVersion",
    action: restoreMinutesVersion,
    input: async (world) => {
      const meeting = await hostedMeeting(world, 2);
      return formData({ meetingId: meeting.id, number: 1, baseVersion: 2 });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "publishMinutes",
    action: publishMinutes,
    input: async (world) => {
      const meeting = await hostedMeeting(world, 1);
      return formData({ meetingId: meeting.id, visibility: "MEMBERS", baseVersion: 1 });
    },
    expected: adminOnly,
  },
  {
    name: "addMinutesErratum",
    action: addMinutesErratum,
    input: async (world) => {
      const meeting = await hostedMeeting(world, 1, true);
      return formData({ meetingId: meeting.id, body: "更正：第一条日期有误。" });
    },
    expected: unitAOrAdmin,
  },
];
