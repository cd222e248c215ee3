import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import type { CreateRecordInput, DeleteRecordInput, UpdateRecordInput } from "./schemas";

// A secretary's records of commitment work outside the activity list. Every function takes the
// unit from the signed-in secretary, never from the form, and only touches that unit's records.

type Fields = Omit<CreateRecordInput, "year">;

const auditFields = {
  id: true,
  unitId: true,
  year: true,
  commitment: true,
  title: true,
  description: true,
  status: true,
  communityId: true,
  roster: true,
  version: true,
} as const;

/** What is stored: a roster only belongs to a backbone team. */
function dataOf(input: Fields) {
  return {
    commitment: input.commitment,
    title: input.title,
    description: input.description,
    status: input.status,
    communityId: input.communityId,
    roster: input.commitment === "BACKBONE_TEAM" ? input.roster : [],
  };
}

async function checkCommunity(tx: Tx, communityId: number | null) {
  if (communityId === null) return;
  const found = await tx.community.findUnique({ where: { id: communityId }, select: { id: true } });
  if (!found) throw new DomainError("commitments.communityMissing", undefined, "communityId");
}

/** Adds a record for the actor's unit; returns its id. */
export async function createCommitmentRecord(
  actorId: number,
  unitId: number,
  input: CreateRecordInput,
): Promise<number> {
  return db.$transaction(async (tx) => {
    await checkCommunity(tx, input.communityId);
    const record = await tx.commitmentRecord.create({
      data: { unitId, year: input.year, ...dataOf(input) },
      select: auditFields,
    });
    await recordAudit(tx, {
      actorId,
      action: "commitmentRecord.create",
      entity: "CommitmentRecord",
      entityId: record.id,
      unitId,
      after: record,
    });
    return record.id;
  });
}

/** Tells a stale version from a record that is not the unit's (or gone). */
async function refuseMissed(tx: Tx, unitId: number, id: number): Promise<never> {
  const exists = await tx.commitmentRecord.findFirst({ where: { id, unitId }, select: { id: true } });
  throw new DomainError(exists ? "errors.staleVersion" : "commitments.recordNotFound");
}

/** Edits one of the unit's records if nobody changed it since the form was loaded. */
export async function updateCommitmentRecord(
  actorId: number,
  unitId: number,
  input: UpdateRecordInput,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const before = await tx.commitmentRecord.findFirst({
      where: { id: input.id, unitId },
      select: auditFields,
    });
    await checkCommunity(tx, input.communityId);
    // Compare-and-set on the version: of two concurrent edits only one applies.
    const { count } = await tx.commitmentRecord.updateMany({
      where: { id: input.id, unitId, version: input.version },
      data: { ...dataOf(input), version: { increment: 1 } },
    });
    if (count !== 1 || !before) return refuseMissed(tx, unitId, input.id);
    const after = await tx.commitmentRecord.findUniqueOrThrow({
      where: { id: input.id },
      select: auditFields,
    });
    await recordAudit(tx, {
      actorId,
      action: "commitmentRecord.update",
      entity: "CommitmentRecord",
      entityId: input.id,
      unitId,
      before,
      after,
    });
    return after.version;
  });
}

/** Deletes one of the unit's records at the version the secretary saw. */
export async function deleteCommitmentRecord(
  actorId: number,
  unitId: number,
  input: DeleteRecordInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.commitmentRecord.findFirst({
      where: { id: input.id, unitId },
      select: auditFields,
    });
    const { count } = await tx.commitmentRecord.deleteMany({
      where: { id: input.id, unitId, version: input.version },
    });
    if (count !== 1 || !before) return refuseMissed(tx, unitId, input.id);
    await recordAudit(tx, {
      actorId,
      action: "commitmentRecord.delete",
      entity: "CommitmentRecord",
      entityId: input.id,
      unitId,
      before,
    });
  });
}
