import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import {
  assertDateFits,
  assertEditable,
  assertPlaceExists,
  formatPlanned,
  activityData,
  notifyParticipants,
} from "./activity-rules";
import { appendActivities } from "@/lib/activities/append/append-activities";
import type { CreateActivityInput, UpdateActivityInput } from "./schemas";

/** Adds an activity at the end of the year's list; returns its id. */
export async function createActivity(actorId: number, input: CreateActivityInput): Promise<number> {
  assertDateFits(input.year, input.plannedMonth, input.plannedDate);
  return db.$transaction((tx) => addActivity(tx, actorId, input));
}

/**
 * createActivity inside the caller's transaction, for another domain's write that creates an
 * activity as one step of its own (a community need turned into a list item, lib/pairing/needs).
 */
export async function addActivity(tx: Tx, actorId: number, input: CreateActivityInput): Promise<number> {
  assertDateFits(input.year, input.plannedMonth, input.plannedDate);
  await assertPlaceExists(tx, input);
  const [id] = await appendActivities(tx, actorId, input.year, [activityData(input)]);
  return id!;
}

/**
 * Saves an edit made from the version the form showed. A new planned date or month is news
 * for every unit that joined: they are told in the same transaction.
 */
export async function updateActivity(actorId: number, input: UpdateActivityInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.activity.findUnique({ where: { id: input.id } });
    if (!before) throw new DomainError("activities.admin.activityNotFound");
    assertEditable(before.status);
    assertDateFits(before.year, input.plannedMonth, input.plannedDate);
    await assertPlaceExists(tx, input);
    const { count } = await tx.activity.updateMany({
      // The status is part of the condition: a report filed meanwhile also makes the edit stale.
      where: { id: input.id, version: input.version, status: { notIn: ["REPORTED", "CANCELLED"] } },
      data: { ...activityData(input), version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    const after = await tx.activity.findUniqueOrThrow({ where: { id: input.id } });
    const oldPlanned = formatPlanned(before.plannedMonth, before.plannedDate);
    const newPlanned = formatPlanned(after.plannedMonth, after.plannedDate);
    if (oldPlanned !== newPlanned) {
      await notifyParticipants(tx, after.id, "ACTIVITY_CHANGED", { title: after.title, date: newPlanned });
    }
    await recordAudit(tx, {
      actorId,
      action: "activity.update",
      entity: "Activity",
      entityId: after.id,
      unitId: after.leadUnitId,
      before,
      after,
    });
  });
}
