// Invitation answers and attendance records for the attendance tests.
import { db } from "@/lib/core/db";

/** Sets a unit's answer to an invitation with the details the answer requires. */
export async function answerInvitation(
  meetingId: number,
  unitId: number,
  response: "ATTEND" | "DELEGATE" | "EXCUSED",
) {
  await db.meetingInvitation.update({
    where: { meetingId_unitId: { meetingId, unitId } },
    data: {
      response,
      respondedAt: new Date(),
      delegateName: response === "DELEGATE" ? "王代表" : "",
      excuseReason: response === "EXCUSED" ? "外出培训" : "",
    },
  });
}

/** Stores a unit's attendance directly, as a check-in or an admin would have. */
export async function recordAttendanceRow(
  meetingId: number,
  unitId: number,
  status: "PRESENT" | "DELEGATE" | "EXCUSED" | "ABSENT",
  headcount = status === "PRESENT" || status === "DELEGATE" ? 1 : 0,
) {
  return db.meetingAttendance.create({ data: { meetingId, unitId, status, headcount, method: "ADMIN" } });
}
