import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { Commitment, CommitmentRecordStatus } from "./types";

export type LockedRecord = {
  id: number;
  unitId: number;
  year: number;
  commitment: Commitment;
  title: string;
  status: CommitmentRecordStatus;
  version: number;
};

/**
 * Locks a commitment record for the rest of the transaction, so the secretary's edits, photo
 * uploads and the admin's review of one record run one after another: of a confirm and a return
 * sent at once, the second sees the version the first bumped and is refused as stale.
 * `unitId` limits the lookup to the secretary's own unit (null: an admin, any unit).
 */
export async function lockRecord(tx: Tx, id: number, unitId: number | null): Promise<LockedRecord> {
  const rows = await tx.$queryRaw<LockedRecord[]>`
    SELECT "id", "unitId", "year", "commitment", "title", "status", "version"
    FROM "CommitmentRecord" WHERE "id" = ${id} FOR UPDATE`;
  const record = rows[0];
  // Another unit's record is "not found" to a secretary: its existence is not theirs to learn.
  if (!record || (unitId !== null && record.unitId !== unitId)) {
    throw new DomainError("activities.commitments.recordNotFound");
  }
  return record;
}

/** A stale form (the record changed since the page was loaded) is refused, never applied. */
export function assertVersion(record: LockedRecord, version: number): void {
  if (record.version !== version) throw new DomainError("core.errors.staleVersion");
}

/** A confirmed record is final: no edits, photos or deletion. */
export function assertEditable(record: LockedRecord): void {
  if (record.status === "CONFIRMED") throw new DomainError("activities.commitments.recordConfirmed");
}
