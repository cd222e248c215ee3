// Units with a secretary, and plan items in a chosen state, for the claim/join tests.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createSecretary, createUnit } from "./index";
import { createPlan, createPlanItem } from "./notifications";

/** A unit and its secretary, as the mutations' actor ({ id: user, unitId }). */
export async function createMember() {
  const unit = await createUnit();
  const user = await createSecretary(unit.id);
  return { unit, user, actor: { id: user.id, unitId: unit.id } };
}

/** An unclaimed item of a published year (the year's list is created if missing). */
export async function createUnclaimedItem(
  year: number,
  overrides: Partial<Prisma.ActivityUncheckedCreateInput> = {},
) {
  await createPlan(year);
  return createPlanItem(year, overrides);
}

/** An item led by `leadUnitId` with sign-up open. */
export async function createOpenItem(year: number, leadUnitId: number, capacity: number | null = null) {
  await createPlan(year);
  return createPlanItem(year, { leadUnitId, status: "OPEN", capacity });
}

export async function setReleaseDeadline(year: number, date: string | null) {
  await db.planYear.update({ where: { year }, data: { releaseDeadline: date ? new Date(date) : null } });
}
