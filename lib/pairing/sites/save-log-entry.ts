import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { beijingToday } from "@/lib/core/time/beijing";
import { assertUnitsExist, lockSite } from "./lock-site";
import { replaceEntryRows } from "./entry-rows";
import type { AddLogEntryInput, UpdateLogEntryInput } from "./schemas";

/** A visit is logged after it happened: its date is today (Beijing) at the latest. */
export function assertNotInFuture(servedOn: Date, now: Date): void {
  if (servedOn > beijingToday(now))
    throw new DomainError("pairing.sites.errors.servedInFuture", undefined, "servedOn");
}

const entryFields = (input: AddLogEntryInput) => ({
  servedOn: input.servedOn,
  volunteers: input.volunteers,
  hours: input.hours,
  summary: input.summary,
});

const audited = (input: AddLogEntryInput) => ({
  ...entryFields(input),
  servedOn: input.servedOn.toISOString().slice(0, 10),
  unitIds: input.unitIds,
  results: input.results,
});

/** Adds a visit to the site's service log; returns the entry's id. */
export async function addLogEntry(
  actor: AdminActor,
  input: AddLogEntryInput,
  now = new Date(),
): Promise<number> {
  assertNotInFuture(input.servedOn, now);
  return db.$transaction(async (tx) => {
    const site = await lockSite(tx, input.siteId);
    await assertUnitsExist(tx, input.unitIds, "unitIds");
    const entry = await tx.serviceLogEntry.create({
      data: { siteId: site.id, ...entryFields(input), recordedById: actor.id },
      select: { id: true },
    });
    await replaceEntryRows(tx, entry.id, input.unitIds, input.results);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "serviceLog.add",
      entity: "ServiceLogEntry",
      entityId: entry.id,
      after: { siteId: site.id, ...audited(input) },
    });
    return entry.id;
  });
}

/**
 * Saves an edited entry, only if nobody changed it since the form was loaded (its updatedAt is
 * the version). An entry an activity's report wrote is kept in step by that report: it is fixed
 * by resubmitting the report, not here.
 */
export async function updateLogEntry(
  actor: AdminActor,
  input: UpdateLogEntryInput,
  now = new Date(),
): Promise<void> {
  assertNotInFuture(input.servedOn, now);
  await db.$transaction(async (tx) => {
    const site = await lockSite(tx, input.siteId);
    const before = await tx.serviceLogEntry.findFirst({
      where: { id: input.entryId, siteId: site.id },
      include: { units: { select: { unitId: true } }, results: { orderBy: { position: "asc" } } },
    });
    if (!before) throw new DomainError("pairing.sites.errors.entryNotFound");
    if (before.activityId !== null) throw new DomainError("pairing.sites.errors.entryFromReport");
    const version = new Date(input.version);
    if (Number.isNaN(version.getTime())) throw new DomainError("core.errors.staleVersion");
    await assertUnitsExist(tx, input.unitIds, "unitIds");
    const { count } = await tx.serviceLogEntry.updateMany({
      where: { id: before.id, updatedAt: version },
      data: entryFields(input),
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    await replaceEntryRows(tx, before.id, input.unitIds, input.results);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "serviceLog.update",
      entity: "ServiceLogEntry",
      entityId: before.id,
      before,
      after: audited(input),
    });
  });
}
