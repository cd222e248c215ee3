import type { Tx } from "@/lib/core/db";

// The two-key advisory lock space used elsewhere is (year, unitId); the rotation uses
// (rotationLockSpace, year) so it never collides with a unit id.
const rotationLockSpace = -7001;

/**
 * Serialises every change of one year's rotation (generating, hand edits, publishing,
 * approving swaps) for the rest of the transaction, so a swap and a regeneration, or two
 * admins generating, never interleave.
 */
export async function lockRotationYear(tx: Tx, year: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${rotationLockSpace}::int, ${year}::int)`;
}
