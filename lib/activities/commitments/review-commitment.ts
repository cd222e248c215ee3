import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { assertVersion, lockRecord } from "./lock-record";

// An admin's review: only a submitted record is confirmed or returned, at the version the admin
// saw. The record row is locked, so of two admins deciding at once the first wins and the
// second is told the record changed. The unit is told either way (inbox; the return by email).

type Review = { id: number; version: number };

async function review(actorId: number, input: Review, status: "CONFIRMED" | "RETURNED", note = "") {
  await db.$transaction(async (tx) => {
    const record = await lockRecord(tx, input.id, null);
    assertVersion(record, input.version);
    if (record.status !== "SUBMITTED") throw new DomainError("activities.commitments.notSubmitted");
    await tx.commitmentRecord.update({
      where: { id: record.id },
      data: {
        status,
        reviewedAt: new Date(),
        // A confirmation keeps the last return's note out of sight; a return needs its note.
        reviewNote: status === "RETURNED" ? note : "",
        version: { increment: 1 },
      },
    });
    await notifyUnit(
      tx,
      record.unitId,
      status === "CONFIRMED" ? "COMMITMENT_CONFIRMED" : "COMMITMENT_RETURNED",
      null,
      { title: record.title, ...(note ? { reason: note } : {}) },
    );
    await recordAudit(tx, {
      actorId,
      action: status === "CONFIRMED" ? "commitmentRecord.confirm" : "commitmentRecord.return",
      entity: "CommitmentRecord",
      entityId: record.id,
      unitId: record.unitId,
      before: { status: record.status, version: record.version },
      after: { status, ...(note ? { reviewNote: note } : {}) },
    });
  });
}

export async function confirmCommitmentRecord(actorId: number, input: Review): Promise<void> {
  await review(actorId, input, "CONFIRMED");
}

export async function returnCommitmentRecord(
  actorId: number,
  input: Review & { note: string },
): Promise<void> {
  await review(actorId, input, "RETURNED", input.note);
}
