import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { getMeetingForPrint } from "@/lib/meetings/print/queries";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createMeeting, createMinutesVersion } from "@/tests/factories/meetings";

const viewerOf = (user: { id: number; role: "ADMIN" | "SECRETARY"; unitId: number | null }) =>
  ({ id: user.id, role: user.role, unitId: user.unitId }) as CurrentUser;

async function heldMeeting(isPublic: boolean) {
  const host = await createUnit();
  const guest = await createUnit();
  const admin = await createAdmin();
  const hostSecretary = await createSecretary(host.id);
  const guestSecretary = await createSecretary(guest.id);
  const meeting = await createMeeting({
    invite: [host.id, guest.id],
    startsInHours: -30,
    hostUnitId: host.id,
    isPublic,
    onlineUrl: "https://meeting.example.org/secret-room",
    status: "HELD",
  });
  await db.agendaItem.create({ data: { meetingId: meeting.id, title: "年度工作通报", durationMinutes: 25 } });
  await db.meetingAttendance.create({
    data: { meetingId: meeting.id, unitId: host.id, status: "PRESENT", headcount: 3, method: "ADMIN" },
  });
  await db.decision.create({
    data: {
      meetingId: meeting.id,
      title: "落实阵地共享",
      ownerUnitId: guest.id,
      dueOn: new Date("2027-01-31"),
    },
  });
  await createMinutesVersion(meeting.id, admin.id, "# 纪要\n\n会议议定三项事项。");
  return { meeting, admin, hostSecretary, guestSecretary };
}

describe("the print record of a meeting", () => {
  it("gives members the agenda, attendance with totals, decisions and the online link", async () => {
    const { meeting, guestSecretary } = await heldMeeting(false);
    const record = await getMeetingForPrint(meeting.id, viewerOf(guestSecretary));
    expect(record?.agenda.items.map((item) => item.title)).toEqual(["年度工作通报"]);
    expect(record?.agenda.totalMinutes).toBe(25);
    expect(record?.attendance?.totals).toMatchObject({ invited: 2, PRESENT: 1, ABSENT: 1, people: 3 });
    expect(record?.decisions?.map((d) => d.title)).toEqual(["落实阵地共享"]);
    expect(record?.meeting.onlineUrl).toBe("https://meeting.example.org/secret-room");
  });

  it("shows unpublished minutes only to their writers, marked as a draft", async () => {
    const { meeting, hostSecretary, guestSecretary, admin } = await heldMeeting(false);
    expect((await getMeetingForPrint(meeting.id, viewerOf(hostSecretary)))?.minutes).toMatchObject({
      draft: true,
      body: "# 纪要\n\n会议议定三项事项。",
    });
    expect((await getMeetingForPrint(meeting.id, viewerOf(admin)))?.minutes?.draft).toBe(true);
    expect((await getMeetingForPrint(meeting.id, viewerOf(guestSecretary)))?.minutes).toBeNull();
  });

  it("shows visitors of a public meeting the agenda and public minutes, never attendance or the link", async () => {
    const { meeting } = await heldMeeting(true);
    const before = await getMeetingForPrint(meeting.id, null);
    expect(before?.attendance).toBeNull();
    expect(before?.decisions).toBeNull();
    expect(before?.minutes).toBeNull();
    expect(before?.meeting.onlineUrl).toBeNull();
    await db.meetingMinutes.update({
      where: { meetingId: meeting.id },
      data: { status: "PUBLISHED", visibility: "PUBLIC", publishedAt: new Date() },
    });
    const after = await getMeetingForPrint(meeting.id, null);
    expect(after?.minutes).toMatchObject({ draft: false, body: "# 纪要\n\n会议议定三项事项。" });
    expect(after?.decisions?.map((d) => d.title)).toEqual(["落实阵地共享"]);
    expect(after?.attendance).toBeNull();
  });

  it("is null for a meeting that does not exist", async () => {
    expect(await getMeetingForPrint(2_000_000_000, null)).toBeNull();
  });
});
