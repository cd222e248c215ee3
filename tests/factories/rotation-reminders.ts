// Published rotation schedules with duty units that have secretaries, for the reminder tests.
import { db } from "@/lib/core/db";
import { beijingMonthStart } from "@/lib/core/time/beijing";
import { createAdmin, createSecretary, createUnit } from "./index";
import { createRotationSchedule, createRotationYear } from "./rotation";

/** A unit with one active secretary. */
export async function createDutyUnit() {
  const unit = await createUnit();
  const secretary = await createSecretary(unit.id);
  return { unit, secretary };
}

/** A new rotation year (`year` if given) whose schedule (published unless told) has the given duties. */
export async function createScheduleWithDuties(
  duties: Array<{ unitId: number; month: number }>,
  status: "DRAFT" | "PUBLISHED" = "PUBLISHED",
  year?: number,
) {
  const rotation = await createRotationYear({ year });
  const admin = await createAdmin();
  const schedule = await createRotationSchedule(rotation.year, admin.id, duties, status);
  return { year: rotation.year, schedule, admin };
}

/** The instant `msBefore` milliseconds before `month` of `year` starts in Beijing. */
export function beforeMonthStarts(year: number, month: number, msBefore: number): Date {
  return new Date(beijingMonthStart(year, month).getTime() - msBefore);
}

export const dayMs = 86_400_000;

/** ROTATION_DUTY_SOON notifications of one user, oldest first. */
export async function dutySoonNotices(userId: number) {
  return db.notification.findMany({
    where: { userId, kind: "ROTATION_DUTY_SOON" },
    select: { values: true, activityId: true, meetingId: true },
    orderBy: { id: "asc" },
  });
}

/**
 * A rotation year with a published schedule in a year an activity list can have (PlanYear only
 * allows 2000..2100, while createRotationYear picks 3000+). The caller picks a year no other
 * test of its file uses.
 */
export async function createPublishedRotationAt(
  year: number,
  duties: Array<{ unitId: number; month: number }>,
) {
  await db.rotationYear.create({ data: { year, dutyMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } });
  const admin = await createAdmin();
  return createRotationSchedule(year, admin.id, duties);
}
