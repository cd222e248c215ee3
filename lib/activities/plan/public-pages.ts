import "server-only";
import { db } from "@/lib/core/db";
import { activityChanged, planChanged, type Revalidation } from "@/lib/core/site/revalidate-public";

/**
 * The cached public pages an activity's change touches, read after the change committed: its
 * page, the plan, the home page, and the pages of its lead and participating units now, plus
 * `alsoUnitId` (the acting secretary's unit, which may just have let go of it). Should the read
 * fail, every unit page expires instead: the change is already made and must show.
 */
export async function activityPages(activityId: number, alsoUnitId?: number | null): Promise<Revalidation[]> {
  try {
    const unitIds = new Set<number>(alsoUnitId ? [alsoUnitId] : []);
    const activity = await db.activity.findUnique({
      where: { id: activityId },
      select: { leadUnitId: true, participations: { select: { unitId: true } } },
    });
    if (activity?.leadUnitId) unitIds.add(activity.leadUnitId);
    for (const { unitId } of activity?.participations ?? []) unitIds.add(unitId);
    const units = await db.unit.findMany({ where: { id: { in: [...unitIds] } }, select: { slug: true } });
    return activityChanged({ id: activityId, unitSlugs: units.map((unit) => unit.slug) });
  } catch {
    return [...activityChanged({ id: activityId }), ...planChanged()];
  }
}
