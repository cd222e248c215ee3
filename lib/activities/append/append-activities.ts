import type { Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What appendActivities writes of each new activity (the year and position are its own). */
type NewActivity = Omit<Prisma.ActivityUncheckedCreateInput, "year" | "position">;

/**
 * Appends activities to the end of a year's list, each with its "activity.create" audit record,
 * inside the caller's transaction; returns their ids in order. The one way the list grows: the
 * admin's form, a need turned into an item, items drafted from a survey's results.
 */
export async function appendActivities(
  tx: Tx,
  actorId: number,
  year: number,
  activities: NewActivity[],
  yearField?: string,
): Promise<number[]> {
  // Locking the year serialises concurrent additions, so positions stay distinct.
  const plan = await tx.$queryRaw<Array<{ year: number }>>`
    SELECT year FROM "PlanYear" WHERE year = ${year} FOR UPDATE`;
  if (plan.length === 0) throw new DomainError("activities.admin.yearNotFound", undefined, yearField);
  const last = await tx.activity.aggregate({ where: { year }, _max: { position: true } });
  let position = (last._max.position ?? -1) + 1;
  const ids: number[] = [];
  for (const data of activities) {
    const created = await tx.activity.create({ data: { ...data, year, position: position++ } });
    await recordAudit(tx, {
      actorId,
      action: "activity.create",
      entity: "Activity",
      entityId: created.id,
      after: created,
    });
    ids.push(created.id);
  }
  return ids;
}
