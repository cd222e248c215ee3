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
      logo: { select: { updatedAt: true } },
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

/** The signed-in user's own contact details, with the version the profile form sends back. */
export async function getMyProfile(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, login: true, name: true, mobile: true, email: true, updatedAt: true },
  });
}

/** The unit's editable public profile, its version, and whether (and since when) it has a logo. */
export async function getMyUnitProfile(unitId: number) {
  return db.unit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      name: true,
      slug: true,
      intro: true,
      address: true,
      contactName: true,
      contactPhone: true,
      contactPhonePublic: true,
      updatedAt: true,
      logo: { select: { contentType: true, updatedAt: true } },
    },
  });
}
