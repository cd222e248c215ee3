import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  assertDateFits,
  assertEditable,
  assertPlaceExists,
  formatPlanned,
  activityData,
  notifyParticipants,
} from "./activity-rules";
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
