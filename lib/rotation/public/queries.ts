import "server-only";
import { cache } from "react";
import { db } from "@/lib/core/db";
import { buildRotationMonths, type RotationMonth } from "./rotation-view";

// Public reads of the rotation (活动轮值). Only PUBLISHED schedule versions are ever returned:
// drafts, superseded and discarded versions stay with the admins. Activities are linked only
// from published activity lists (the activity page shows nothing else), and cancelled ones not.

/** Years with a published schedule, oldest first (the year selector). */
export const listPublishedRotationYears = cache(async (): Promise<number[]> => {
  const rows = await db.rotationSchedule.findMany({
    where: { status: "PUBLISHED" },
    select: { year: true },
    orderBy: { year: "asc" },
  });
  return rows.map((row) => row.year);
});

export type PublicRotation = {
  year: number;
  number: number;
  publishedAt: Date | null;
  months: RotationMonth[];
};

/** A year's published schedule, month by month, or null when that year has none. */
export const getPublishedRotation = cache(async (year: number): Promise<PublicRotation | null> => {
  const schedule = await db.rotationSchedule.findFirst({
    where: { year, status: "PUBLISHED" },
    select: {
      number: true,
      publishedAt: true,
      rotation: { select: { dutyMonths: true } },
      assignments: {
        select: { month: true, unit: { select: { id: true, slug: true, name: true, status: true } } },
      },
    },
  });
  if (!schedule) return null;
  const unitIds = [...new Set(schedule.assignments.map((assignment) => assignment.unit.id))];
  const activities =
    unitIds.length === 0
      ? []
      : await db.activity.findMany({
          where: {
            year,
            plan: { status: "PUBLISHED" },
            status: { not: "CANCELLED" },
            leadUnitId: { in: unitIds },
          },
          select: { id: true, title: true, plannedMonth: true, leadUnitId: true },
          orderBy: [{ plannedDate: { sort: "asc", nulls: "last" } }, { position: "asc" }, { id: "asc" }],
        });
  return {
    year,
    number: schedule.number,
    publishedAt: schedule.publishedAt,
    months: buildRotationMonths(schedule.assignments, activities, schedule.rotation.dutyMonths),
  };
});
