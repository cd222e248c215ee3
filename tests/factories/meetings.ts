// Joint meetings for tests: unique titles, invitations for the given units.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uniqueSuffix } from "./index";

const hour = 3_600_000;

export type MeetingFactoryOptions = Partial<Prisma.MeetingUncheckedCreateInput> & {
  /** Units to invite (their invitations start PENDING). */
  invite?: number[];
  /** Shorthand for startsAt: hours from now (negative: started already). */
  startsInHours?: number;
};

export async function createMeeting({
  invite = [],
  startsInHours = 72,
  ...overrides
}: MeetingFactoryOptions = {}) {
  const startsAt = new Date(Date.now() + startsInHours * hour);
  return db.meeting.create({
    data: {
      kind: "JOINT",
      title: `测试联席会议${uniqueSuffix()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * hour),
      place: "测试会议室",
      ...overrides,
      invitations: { create: invite.map((unitId) => ({ unitId })) },
    },
  });
}

/** Saves minutes text as a new version, the way the minutes editor would have. */
export async function createMinutesVersion(meetingId: number, authorId: number, body: string) {
  return db.$transaction(async (tx) => {
    const minutes = await tx.meetingMinutes.upsert({
      where: { meetingId },
      create: { meetingId, currentVersion: 1 },
      update: { currentVersion: { increment: 1 } },
    });
    return tx.minutesVersion.create({
      data: {
        meetingId,
        number: minutes.currentVersion,
        body,
        baseNumber: minutes.currentVersion - 1,
        authorId,
      },
    });
  });
}
