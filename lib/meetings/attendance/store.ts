import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { AttendanceStatusName } from "./rates";

export async function findInvitation(tx: Tx, meetingId: number, unitId: number) {
  const invitation = await tx.meetingInvitation.findUnique({
    where: { meetingId_unitId: { meetingId, unitId } },
    select: { response: true },
  });
  if (!invitation) throw new DomainError("meetings.attendance.errors.notInvited");
  return invitation;
}

export type AttendanceWrite = {
  meetingId: number;
  unitId: number;
  status: AttendanceStatusName;
  headcount: number;
  method: "QR_CODE" | "ADMIN";
  recordedById: number;
};

/**
 * One row per meeting and unit: an atomic insert-or-update on the primary key, so a repeated or
 * concurrent submit updates the same row instead of failing or adding another. Returns the row
 * as it was before (null when new), for the audit log.
 */
export async function upsertAttendance(tx: Tx, row: AttendanceWrite) {
  const before = await tx.meetingAttendance.findUnique({
    where: { meetingId_unitId: { meetingId: row.meetingId, unitId: row.unitId } },
    select: { status: true, headcount: true, method: true },
  });
  await tx.$executeRaw`
    INSERT INTO "MeetingAttendance" ("meetingId", "unitId", "status", "headcount", "method", "recordedById", "updatedAt")
    VALUES (${row.meetingId}, ${row.unitId}, ${row.status}::"AttendanceStatus", ${row.headcount},
            ${row.method}::"AttendanceMethod", ${row.recordedById}, now())
    ON CONFLICT ("meetingId", "unitId") DO UPDATE SET
      "status" = EXCLUDED."status", "headcount" = EXCLUDED."headcount", "method" = EXCLUDED."method",
      "recordedById" = EXCLUDED."recordedById", "updatedAt" = now()`;
  return before;
}
