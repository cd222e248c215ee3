import "server-only";
import { db } from "@/lib/core/db";
import { everyUnitPage, unitPage, type Revalidation } from "./revalidate-public";

// Read after the change committed; should the read fail, every unit page expires instead: the
// change is already made and must show.

/** One unit's public page, by id (a secretary's unit: actions know its id, not its slug). */
export async function unitPageOf(unitId: number): Promise<Revalidation[]> {
  try {
    const unit = await db.unit.findUnique({ where: { id: unitId }, select: { slug: true } });
    return unit ? unitPage(unit.slug) : [];
  } catch {
    return everyUnitPage();
  }
}
