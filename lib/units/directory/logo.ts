import "server-only";
import { db } from "@/lib/core/db";

// Public reads of unit logos. A WITHDRAWN unit has left the committee: its logo is not served,
// like its profile page (see getPublicUnit).

/** The logo to serve at /units/[slug]/logo, or null. */
export async function getPublicUnitLogo(slug: string) {
  return db.unitLogo.findFirst({
    where: { unit: { slug, status: { not: "WITHDRAWN" } } },
    select: { contentType: true, data: true, updatedAt: true },
  });
}

/** When a unit's logo last changed (to build a cache-busting URL), or null without a logo. */
export async function getUnitLogoVersion(unitId: number): Promise<Date | null> {
  const logo = await db.unitLogo.findUnique({ where: { unitId }, select: { updatedAt: true } });
  return logo?.updatedAt ?? null;
}

/** The logo URL pages use; the version makes browsers fetch a replaced logo at once. */
export function unitLogoPath(slug: string, version: Date): string {
  return `/units/${slug}/logo?v=${version.getTime().toString(36)}`;
}
