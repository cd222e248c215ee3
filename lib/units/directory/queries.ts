import "server-only";
import { cache } from "react";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLikePattern } from "@/lib/core/database/like-pattern";
import type { UnitSearch } from "./unit-params";

// Public reads of member units. Only fields meant for visitors are selected: never the contact
// person, users (secretaries' names, mobiles, e-mails) or anything else private.

/**
 * Units shown in the public directory. WITHDRAWN units have left the committee; SUSPENDED units
 * are hidden too, because a visitor could not take part in anything with them until the
 * district committee reinstates them. (Their profile pages stay reachable, see getPublicUnit.)
 */
const listedInDirectory = { status: "ACTIVE" } satisfies Prisma.UnitWhereInput;

const directoryUnitSelect = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  category: true,
  orgType: true,
  inDistrict: true,
  isDemo: true,
} satisfies Prisma.UnitSelect;

export type DirectoryUnit = Prisma.UnitGetPayload<{ select: typeof directoryUnitSelect }>;

/** Directory entries, optionally narrowed by a case-insensitive search in name and short name. */
export async function listPublicUnits(search: UnitSearch = {}): Promise<DirectoryUnit[]> {
  const where: Prisma.UnitWhereInput = { ...listedInDirectory };
  if (search.q !== undefined) {
    const pattern = escapeLikePattern(search.q);
    where.OR = [
      { name: { contains: pattern, mode: "insensitive" } },
      { shortName: { contains: pattern, mode: "insensitive" } },
    ];
  }
  return db.unit.findMany({ where, select: directoryUnitSelect, orderBy: { name: "asc" } });
}

/** How many units the directory lists (for the home page). */
export async function countPublicUnits(): Promise<number> {
  return db.unit.count({ where: listedInDirectory });
}

const publicUnitSelect = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  category: true,
  orgType: true,
  inDistrict: true,
  joinedOn: true,
  intro: true,
  address: true,
  contactPhone: true,
  contactPhonePublic: true,
  status: true,
  isDemo: true,
} satisfies Prisma.UnitSelect;

type PublicUnitRow = Prisma.UnitGetPayload<{ select: typeof publicUnitSelect }>;

/** A unit's public profile. The contact phone is null unless the unit chose to publish it. */
export type PublicUnit = Omit<PublicUnitRow, "contactPhone" | "contactPhonePublic"> & {
  contactPhone: string | null;
};

/**
 * A unit's public profile by slug, or null for unknown and WITHDRAWN units. A SUSPENDED unit
 * keeps its profile (links from past years' lists must not break) but is not in the directory.
 */
export const getPublicUnit = cache(async (slug: string): Promise<PublicUnit | null> => {
  const row = await db.unit.findFirst({
    where: { slug, status: { not: "WITHDRAWN" } },
    select: publicUnitSelect,
  });
  if (!row) return null;
  // The private number is dropped here, so it never reaches a page that forgets to check.
  const { contactPhone, contactPhonePublic, ...rest } = row;
  const phone = contactPhone.trim();
  return { ...rest, contactPhone: contactPhonePublic && phone !== "" ? phone : null };
});
