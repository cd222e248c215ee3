import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { addPhotoRow, checkPhoto } from "./commitment-photos";
import { checkEvidenceLink } from "./evidence-link";
import { assertEditable, assertVersion, lockRecord } from "./lock-record";
import type { CreateRecordInput, DeleteRecordInput, UpdateRecordInput } from "./schemas";

// A secretary's evidence of the five commitments. Every function takes the unit from the
// signed-in secretary, never from the form, and only touches that unit's records. Saving a
// record submits it for review: a new one, an edited one, a fixed returned one alike.

const auditFields = {
  id: true,
  unitId: true,
  year: true,
  commitment: true,
  title: true,
  description: true,
  occurredOn: true,
  activityId: true,
  meetingId: true,
  status: true,
  reviewNote: true,
  communityId: true,
  roster: true,
  version: true,
} as const;

/** What is stored: the year is the date's; a roster only belongs to a backbone team. */
function dataOf(input: CreateRecordInput) {
  return {
    year: input.occurredOn.getUTCFullYear(),
    commitment: input.commitment,
    title: input.title,
    description: input.description,
    occurredOn: input.occurredOn,
    activityId: input.link.activityId,
    meetingId: input.link.meetingId,
    communityId: input.communityId,
    roster: input.commitment === "BACKBONE_TEAM" ? input.roster : [],
    status: "SUBMITTED" as const,
  };
}

async function checkReferences(tx: Tx, unitId: number, input: CreateRecordInput) {
  const data = dataOf(input);
  if (input.communityId !== null) {
    const found = await tx.community.findUnique({ where: { id: input.communityId }, select: { id: true } });
    if (!found) throw new DomainError("activities.commitments.communityMissing", undefined, "communityId");
  }
  await checkEvidenceLink(tx, unitId, data, input.link);
  return data;
}

/** Adds a record for the actor's unit, submitted for review; returns its id. */
export async function createCommitmentRecord(actorId: number, unitId: number, input: CreateRecordInput) {
  const photo = input.photo ? await checkPhoto(input.photo) : null;
  return db.$transaction(async (tx) => {
    const data = await checkReferences(tx, unitId, input);
    const record = await tx.commitmentRecord.create({ data: { unitId, ...data }, select: auditFields });
    if (photo) await addPhotoRow(tx, actorId, record, photo);
    await recordAudit(tx, {
      actorId,
      action: "commitmentRecord.submit",
      entity: "CommitmentRecord",
      entityId: record.id,
      unitId,
      after: record,
    });
    return record.id;
  });
}

/** Edits one of the unit's records not yet confirmed, at the version shown, and (re)submits it. */
export async function updateCommitmentRecord(actorId: number, unitId: number, input: UpdateRecordInput) {
  const photo = input.photo ? await checkPhoto(input.photo) : null;
  return db.$transaction(async (tx) => {
    const locked = await lockRecord(tx, input.id, unitId);
    assertEditable(locked);
    assertVersion(locked, input.version);
    const before = await tx.commitmentRecord.findUniqueOrThrow({
      where: { id: input.id },
      select: auditFields,
    });
    const data = await checkReferences(tx, unitId, input);
    const after = await tx.commitmentRecord.update({
      where: { id: input.id },
      data: { ...data, version: { increment: 1 } },
      select: auditFields,
    });
    if (photo) await addPhotoRow(tx, actorId, after, photo);
    await recordAudit(tx, {
      actorId,
      action: before.status === "RETURNED" ? "commitmentRecord.resubmit" : "commitmentRecord.update",
      entity: "CommitmentRecord",
      entityId: input.id,
      unitId,
      before,
      after,
    });
    return after.version;
  });
}

/** Deletes one of the unit's records not yet confirmed, at the version the secretary saw. */
export async function deleteCommitmentRecord(actorId: number, unitId: number, input: DeleteRecordInput) {
  await db.$transaction(async (tx) => {
    const locked = await lockRecord(tx, input.id, unitId);
    assertEditable(locked);
    assertVersion(locked, input.version);
    const before = await tx.commitmentRecord.findUniqueOrThrow({
      where: { id: input.id },
      select: auditFields,
    });
    await tx.commitmentRecord.delete({ where: { id: input.id } });
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
