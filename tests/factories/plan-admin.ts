// Years, activities and participants for the list-building (plan-admin) tests.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAdmin, createSecretary, createUnit } from "./index";
import { createPlan, createPlanActivity } from "./notifications";

export { createPlan, createPlanActivity };

/** A signed-in admin for actAs and the admin's id for mutations. */
export async function createPlanAdmin() {
  return createAdmin();
}

/** A unit with one secretary (who receives the unit's notifications). */
export async function createUnitWithSecretary() {
  const unit = await createUnit();
  const secretary = await createSecretary(unit.id);
  return { unit, secretary };
}

export async function notificationsOf(userId: number) {
  return db.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });
}

/** The form fields of a valid activity; `overrides` replace single fields. */
export function activityFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: "植树造林志愿活动",
    description: "在润州青年公益林种植桂花和樱花树苗。",
    type: "TREE_PLANTING",
    commitment: "LIVELIHOOD",
    plannedMonth: "3",
    plannedDate: "",
    channel: "OFFLINE",
    format: "THEME",
    reach: "BLOCK",
    capacity: "",
    placeKind: "text",
    place: "南山街道朝阳社区",
    venueId: "",
    communityId: "",
    ...overrides,
  };
}

export async function activityOf(id: number) {
  return db.activity.findUniqueOrThrow({ where: { id } });
}

export type ActivityOverrides = Partial<Prisma.ActivityUncheckedCreateInput>;
