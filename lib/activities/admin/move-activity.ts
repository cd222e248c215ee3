import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { MoveItemInput } from "./schemas";

/**
 * Swaps an item with its neighbour in the list. The year's items are locked first, so two
 * concurrent moves apply one after the other instead of both reading the same order.
 */
export async function moveActivity(actorId: number, input: MoveItemInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await tx.activity.findUnique({
      where: { id: input.id },
      select: { id: true, year: true, position: true },
    });
    if (!item) throw new DomainError("activities.admin.activityNotFound");
    await tx.$queryRaw`SELECT id FROM "Activity" WHERE year = ${item.year} ORDER BY id FOR UPDATE`;
    const list = await tx.activity.findMany({
      where: { year: item.year },
      select: { id: true, position: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    const index = list.findIndex((entry) => entry.id === item.id);
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
      entityId: item.id,
      before: { position: index },
      after: { position: otherIndex },
    });
  });
}
