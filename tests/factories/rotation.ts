// Rotation (活动轮值) records for tests. Years are unique per call, so files and tests that use
// the rotation tables never share a year.
import { db } from "@/lib/core/db";

let nextYear = 3000 + Math.floor(Math.random() * 5000);

/**
 * A rotation year nobody else uses (unless `year` names one); all months need duty unless
 * `dutyMonths` says otherwise.
 */
export async function createRotationYear(
  options: {
    year?: number;
    dutyMonths?: number[];
    defaultTimes?: number;
    preferenceDeadline?: Date | null;
  } = {},
) {
  nextYear += 1;
  return db.rotationYear.create({
    data: {
      year: options.year ?? nextYear,
      dutyMonths: options.dutyMonths ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      defaultTimes: options.defaultTimes ?? 1,
      preferenceDeadline: options.preferenceDeadline ?? null,
    },
  });
}

/** A schedule version with the given duties, as if generated (and published) by `createdById`. */
export async function createRotationSchedule(
  year: number,
  createdById: number,
  duties: Array<{ unitId: number; month: number }>,
  status: "DRAFT" | "PUBLISHED" = "PUBLISHED",
) {
  const last = await db.rotationSchedule.aggregate({ where: { year }, _max: { number: true } });
  return db.rotationSchedule.create({
    data: {
      year,
      number: (last._max.number ?? 0) + 1,
      status,
      createdById,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      assignments: { create: duties },
    },
    include: { assignments: true },
  });
}
