// Test data for running and reporting activities (check-ins, reports, photos).
import { db } from "@/lib/core/db";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { CurrentUser } from "@/lib/core/auth/session";
import { createUnit, uniqueSuffix } from "./index";

export const reportYear = 2026;

/** The year's list, published unless told otherwise (shared by tests: created once). */
export async function ensurePlanYear(year = reportYear, status: "DRAFT" | "PUBLISHED" = "PUBLISHED") {
  return db.planYear.upsert({
    where: { year },
    create: {
      year,
      title: `${year}年度活动清单`,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
    update: {},
  });
}

/** An activity led by `leadUnitId` in the given status, dated 10 March of the plan year by default. */
export async function createLedActivity(
  leadUnitId: number,
  status: ActivityStatus = "CLOSED",
  overrides: { year?: number; plannedDate?: Date | null; plannedMonth?: number } = {},
) {
  const year = overrides.year ?? reportYear;
  await ensurePlanYear(year);
  return db.activity.create({
    data: {
      year,
      title: `植树活动${uniqueSuffix()}`,
      type: "TREE_PLANTING",
      commitment: "LIVELIHOOD",
      plannedMonth: overrides.plannedMonth ?? 3,
      plannedDate:
        overrides.plannedDate === undefined ? new Date(Date.UTC(year, 2, 10)) : overrides.plannedDate,
      leadUnitId,
      status,
      claimedAt: new Date(),
      cancelReason: status === "CANCELLED" ? "测试" : "",
    },
  });
}

export async function joinUnit(
  activityId: number,
  unitId: number,
  status: "JOINED" | "WAITLISTED" = "JOINED",
) {
  return db.participation.create({ data: { activityId, unitId, headcount: 5, status } });
}

export async function addCheckIn(activityId: number, userId: number, unitId: number) {
  return db.checkIn.create({ data: { activityId, userId, unitId } });
}

/** A CurrentUser for calling mutations directly. */
export function asActor(user: {
  id: number;
  name: string;
  role: "ADMIN" | "SECRETARY";
  unitId: number | null;
}): CurrentUser {
  return { id: user.id, name: user.name, role: user.role, unitId: user.unitId, mustChangePassword: false };
}

/** A filed report for an activity (status REPORTED), as if submitted. */
export async function createFiledReport(
  activityId: number,
  submittedById: number,
  unitId: number,
  status: "SUBMITTED" | "NEEDS_FIX" | "ACCEPTED" = "SUBMITTED",
) {
  await db.activity.update({ where: { id: activityId }, data: { status: "REPORTED" } });
  return db.activityReport.create({
    data: {
      activityId,
      actualDate: new Date(Date.UTC(reportYear, 2, 10)),
      volunteerCount: 10,
      serviceHours: 20,
      summary: "种下桂花树。",
      status,
      submittedById,
      participants: { create: [{ unitId, count: 10 }] },
    },
  });
}

export { createUnit };
