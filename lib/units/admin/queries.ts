import "server-only";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitStatus } from "@/lib/generated/prisma/enums";
import { escapeLikePattern } from "@/lib/core/database/like-pattern";
import type { AdminUnitFilter } from "./list-params";
import { idleWhere, withoutItemWhere } from "./activity-filters";

// Admin reads of units: everything, including SUSPENDED and WITHDRAWN units and private contacts.

// The list's "what did the unit do" filters, which the admin overview counts with (lib/overview).
export { formatQuarter, idleWhere, parseQuarter, withoutItemWhere, type Quarter } from "./activity-filters";

const listSelect = {
  id: true,
  name: true,
  shortName: true,
  slug: true,
  category: true,
  status: true,
  inDistrict: true,
  isDemo: true,
} satisfies Prisma.UnitSelect;

export type AdminUnitRow = Prisma.UnitGetPayload<{ select: typeof listSelect }>;

/** Units matching the filter, and how many units there are per status (for the counts). */
export async function listUnitsForAdmin(filter: AdminUnitFilter, now: Date = new Date()) {
  const where: Prisma.UnitWhereInput = {};
  if (filter.q) {
    const pattern = escapeLikePattern(filter.q);
    where.OR = [
      { name: { contains: pattern, mode: "insensitive" } },
      { shortName: { contains: pattern, mode: "insensitive" } },
      { slug: { contains: pattern, mode: "insensitive" } },
    ];
  }
  if (filter.status) where.status = filter.status;
  if (filter.category) where.category = filter.category;
  const activity = [
    ...(filter.withoutItem ? [withoutItemWhere(filter.withoutItem)] : []),
    ...(filter.idle ? [idleWhere(filter.idle, now)] : []),
  ];
  if (activity.length > 0) where.AND = activity;
  const [units, byStatus] = await Promise.all([
    db.unit.findMany({ where, select: listSelect, orderBy: [{ status: "asc" }, { name: "asc" }] }),
    db.unit.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts: Record<UnitStatus, number> = { ACTIVE: 0, SUSPENDED: 0, WITHDRAWN: 0 };
  for (const row of byStatus) counts[row.status] = row._count._all;
  return { units, counts };
}

/** What an admin edits on a unit: its form, and the fields an edit compares and audits. */
export const editableUnitSelect = {
  name: true,
  shortName: true,
  slug: true,
  category: true,
  orgType: true,
  inDistrict: true,
  intro: true,
  address: true,
  contactName: true,
  contactPhone: true,
  contactPhonePublic: true,
  joinedOn: true,
  isDemo: true,
  latitude: true,
  longitude: true,
} satisfies Prisma.UnitSelect;

/** One unit with its secretaries and status history (newest first), for its admin page. */
export async function getUnitForAdmin(id: number) {
  return db.unit.findUnique({
    where: { id },
    select: {
      id: true,
      ...editableUnitSelect,
      status: true,
      updatedAt: true,
      users: {
        where: { role: "SECRETARY" },
        orderBy: [{ active: "desc" }, { unitRole: "asc" }, { name: "asc" }],
        select: { id: true, name: true, login: true, unitRole: true, active: true },
      },
      statusChanges: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          reason: true,
          effectiveOn: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
}

export type AdminUnit = NonNullable<Awaited<ReturnType<typeof getUnitForAdmin>>>;
