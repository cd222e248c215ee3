// Records for the to-do list spec (my-todo.spec.ts): per Playwright project (phone, desktop) a
// unit whose to-do list holds an unanswered invitation, a pending booking of its venue by
// another fixture unit, and next year's rotation preferences (the demo seeds next year with a
// deadline three weeks ahead and no preferences for these units). Nothing here touches demo units.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { createFixtureUnit } from "./fixture-unit";

export const todoProjects = ["phone", "desktop"] as const;
export type TodoProject = (typeof todoProjects)[number];

export const todoFixture = {
  /** The secretary's login (and unit slug) for a project. */
  host: (project: string) => `e2e-todo-${project}`,
  booker: (project: string) => `e2e-todo-${project}-booker`,
  venue: (project: string) => `E2E 待办会议室 ${project}`,
  meeting: "E2E 待办邀请会议",
} as const;

export async function addTodoFixtures(db: PrismaClient, passwordHash: string): Promise<void> {
  const hour = 3_600_000;
  // Ten o'clock in Beijing, three days ahead: inside the venue's hours and not started.
  const day = new Date(Date.now() + 8 * hour + 3 * 24 * hour);
  const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 2));
  const hosts: number[] = [];
  for (const project of todoProjects) {
    const host = await createFixtureUnit(db, todoFixture.host(project), passwordHash);
    const booker = await createFixtureUnit(db, todoFixture.booker(project), passwordHash);
    hosts.push(host.unitId);
    const venue = await db.venue.create({
      data: {
        unitId: host.unitId,
        name: todoFixture.venue(project),
        kind: "MEETING_ROOM",
        capacity: 20,
        address: "润州区端到端测试路 1 号",
        needsApproval: true,
        openingHours: {
          create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 8 * 60, closesAt: 22 * 60 })),
        },
      },
    });
    const endsAt = new Date(startsAt.getTime() + hour);
    await db.booking.create({
      data: {
        venueId: venue.id,
        unitId: booker.unitId,
        bookedById: booker.userId,
        startsAt,
        endsAt,
        blockedUntil: endsAt,
        purpose: "端到端待办测试",
        headcount: 8,
        requestKey: `e2e-todo-${project}`,
      },
    });
  }
  const meetingStart = new Date(Date.now() + 5 * 24 * hour);
  await db.meeting.create({
    data: {
      kind: "JOINT",
      title: todoFixture.meeting,
      startsAt: meetingStart,
      endsAt: new Date(meetingStart.getTime() + 2 * hour),
      place: "端到端测试会议室",
      invitations: { create: hosts.map((unitId) => ({ unitId })) },
    },
  });
}
