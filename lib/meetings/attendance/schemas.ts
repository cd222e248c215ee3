import { z } from "zod";
import { id } from "@/lib/core/forms/fields";
import { checkInSchema as activityCheckInSchema } from "@/lib/activities";

export const attendanceStatuses = ["PRESENT", "DELEGATE", "EXCUSED", "ABSENT"] as const;

const headcount = z.coerce.number("core.validation.invalid").int().min(0).max(500);

/** A secretary checking their unit in with the code from the screen and how many came. */
export const meetingCheckInSchema = z.object({
  meetingId: id,
  code: activityCheckInSchema.shape.code,
  headcount: headcount.min(1),
});
export type MeetingCheckInInput = z.infer<typeof meetingCheckInSchema>;

/** An admin setting one unit's attendance; those not there count no people. */
export const recordAttendanceSchema = z
  .object({
    meetingId: id,
    unitId: id,
    status: z.enum(attendanceStatuses),
    headcount: z.preprocess((value) => (value === "" || value === undefined ? 0 : value), headcount),
  })
  .refine((input) => !(input.status === "PRESENT" || input.status === "DELEGATE") || input.headcount >= 1, {
    message: "meetings.attendance.errors.headcountRequired",
    path: ["headcount"],
  })
  .transform((input) =>
    input.status === "PRESENT" || input.status === "DELEGATE" ? input : { ...input, headcount: 0 },
  );
export type RecordAttendanceInput = z.infer<typeof recordAttendanceSchema>;
