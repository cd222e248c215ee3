// Units with a secretary, and plan activities in a chosen state, for the claim/join tests.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createSecretary, createUnit } from "./index";
import { createPlan, createPlanActivity } from "./notifications";

/** A unit and its secretary, as the mutations' actor ({ id: user, unitId }). */
export async function createMember() {
  const unit = await createUnit();
  const user = await createSecretary(unit.id);
  return { unit, user, actor: { id: user.id, unitId: unit.id } };
}

/** An unclaimed activity of a published year (the year's list is created if missing). */
export async function createUnclaimedActivity(
  year: number,
  overrides: Partial<Prisma.ActivityUncheckedCreateInput> = {},
) {
  await createPlan(year);
  return createPlanActivity(year, overrides);
}

/** An activity led by `leadUnitId` with sign-up open. */
export async function createOpenActivity(year: number, leadUnitId: number, capacity: number | null = null) {
  await createPlan(year);
  return createPlanActivity(year, { leadUnitId, status: "OPEN", capacity });
}

export async function setReleaseDeadline(year: number, date: string | null) {
  await db.planYear.update({ where: { year }, data: { releaseDeadline: date ? new Date(date) : null } });
}
