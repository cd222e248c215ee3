import type { Tx } from "@/lib/core/db";

/** The entry's units and result rows, replaced as a whole. */
export async function replaceEntryRows(
  tx: Tx,
  entryId: number,
  unitIds: readonly number[],
  results: ReadonlyArray<{ label: string; value: number; unit: string }>,
): Promise<void> {
  await tx.serviceLogUnit.deleteMany({ where: { entryId } });
  await tx.serviceLogResult.deleteMany({ where: { entryId } });
  if (unitIds.length > 0)
    await tx.serviceLogUnit.createMany({ data: unitIds.map((unitId) => ({ entryId, unitId })) });
  if (results.length > 0)
    await tx.serviceLogResult.createMany({
      data: results.map((row, position) => ({ entryId, ...row, position })),
    });
}
