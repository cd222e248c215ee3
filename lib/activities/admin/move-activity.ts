import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { MoveActivityInput } from "./schemas";

/**
 * Swaps an activity with its neighbour in the list. The year's activities are locked first, so two
 * concurrent moves apply one after the other instead of both reading the same order.
 */
export async function moveActivity(actorId: number, input: MoveActivityInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const activity = await tx.activity.findUnique({
      where: { id: input.id },
      select: { id: true, year: true, position: true },
    });
    if (!activity) throw new DomainError("activities.admin.activityNotFound");
    await tx.$queryRaw`SELECT id FROM "Activity" WHERE year = ${activity.year} ORDER BY id FOR UPDATE`;
    const list = await tx.activity.findMany({
      where: { year: activity.year },
      select: { id: true, position: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    const index = list.findIndex((entry) => entry.id === activity.id);
    const otherIndex = input.direction === "up" ? index - 1 : index + 1;
    if (otherIndex < 0 || otherIndex >= list.length) return; // already first or last
    // Renumber the whole list 0..n-1 with the two swapped, which also repairs duplicate positions.
    const order = list.map((entry) => entry.id);
    [order[index], order[otherIndex]] = [order[otherIndex]!, order[index]!];
    for (const [position, id] of order.entries()) {
      if (list.find((entry) => entry.id === id)!.position !== position) {
        await tx.activity.update({ where: { id }, data: { position } });
      }
    }
    await recordAudit(tx, {
      actorId,
      action: "activity.move",
      entity: "Activity",
      entityId: activity.id,
      before: { position: index },
      after: { position: otherIndex },
    });
  });
}
