import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";

export type ParticipantRow = { unitId: number; count: number; corrected: boolean };

/** Check-ins of an activity counted per unit. */
export async function countCheckIns(tx: Tx, activityId: number): Promise<Map<number, number>> {
  const groups = await tx.checkIn.groupBy({ by: ["unitId"], where: { activityId }, _count: { _all: true } });
  return new Map(groups.map((group) => [group.unitId, group._count._all]));
}

/** Units that may appear in the report: the lead, units still joined, and units that checked in. */
export async function reportableUnits(tx: Tx, activityId: number, leadUnitId: number): Promise<Set<number>> {
  const joined = await tx.participation.findMany({
    where: { activityId, status: "JOINED" },
    select: { unitId: true },
  });
  const checkedIn = await countCheckIns(tx, activityId);
  return new Set([leadUnitId, ...joined.map((row) => row.unitId), ...checkedIn.keys()]);
}

/**
 * The report's per-unit counts: the check-ins, with the lead's numbers where they differ marked
 * `corrected`. A unit that checked in but is missing from the form keeps its check-in count.
 */
export async function buildParticipantRows(
  tx: Tx,
  activityId: number,
  leadUnitId: number,
  submitted: Array<{ unitId: number; count: number }>,
): Promise<ParticipantRow[]> {
  const allowed = await reportableUnits(tx, activityId, leadUnitId);
  const checkIns = await countCheckIns(tx, activityId);
  const rows = new Map<number, ParticipantRow>();
  for (const { unitId, count } of submitted) {
    // A forged unit id (a unit with no part in the activity) is refused, not stored.
    if (!allowed.has(unitId)) throw new DomainError("activities.reports.unknownUnit");
    const checked = checkIns.get(unitId) ?? 0;
    rows.set(unitId, { unitId, count, corrected: count !== checked });
  }
  for (const [unitId, count] of checkIns) {
    if (!rows.has(unitId)) rows.set(unitId, { unitId, count, corrected: false });
  }
  const kept = [...rows.values()].filter((row) => row.count > 0 || row.corrected);
  if (kept.reduce((sum, row) => sum + row.count, 0) === 0) {
    throw new DomainError("activities.reports.noParticipants", undefined, "participants");
  }
  return kept;
}
