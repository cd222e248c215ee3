import "server-only";
import { db } from "@/lib/db";

/** The secretary's own unit with its private contact details and the activities it leads. */
export async function getMyUnitWorkspace(unitId: number) {
  const unit = await db.unit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      name: true,
      shortName: true,
      slug: true,
      category: true,
      orgType: true,
      inDistrict: true,
      status: true,
      joinedOn: true,
      intro: true,
      address: true,
      contactName: true,
      contactPhone: true,
      contactPhonePublic: true,
    },
  });
  if (!unit) return null;
  const activities = await db.activity.findMany({
    where: { leadUnitId: unitId },
    orderBy: [{ year: "desc" }, { plannedMonth: "asc" }, { position: "asc" }],
    select: {
      id: true,
      year: true,
      title: true,
      type: true,
      commitment: true,
      plannedMonth: true,
      plannedDate: true,
      status: true,
      plan: { select: { status: true } },
    },
  });
  return { unit, activities };
}
