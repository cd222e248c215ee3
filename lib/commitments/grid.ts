import {
  commitments,
  countDone,
  scoreCommitments,
  type CommitmentEvidence,
  type CommitmentScore,
} from "./score";
import type { Commitment, CommitmentStatus } from "./types";

// The admin's units × 5 view, built from every unit's evidence for one year. Pure, so the
// totals can be checked without a database.

export type GridUnit = { id: number; name: string; slug: string; category: string };

export type GridRow = { unit: GridUnit; scores: CommitmentScore[]; done: number };

export type CommitmentGrid = {
  rows: GridRow[];
  /** Per commitment, how many units reached each status. */
  totals: Record<Commitment, Record<CommitmentStatus, number>>;
  /** Done cells over all units and commitments, out of rows × 5. */
  grandDone: number;
  grandCells: number;
};

type Evidence<T> = Array<T & { unitId: number }>;

export function buildGrid(
  units: GridUnit[],
  activities: Evidence<CommitmentEvidence["activities"][number]>,
  records: Evidence<CommitmentEvidence["records"][number]>,
): CommitmentGrid {
  const byUnit = new Map<number, CommitmentEvidence>(
    units.map((u) => [u.id, { activities: [], records: [] }]),
  );
  for (const activity of activities) byUnit.get(activity.unitId)?.activities.push(activity);
  for (const record of records) byUnit.get(record.unitId)?.records.push(record);

  const totals = Object.fromEntries(
    commitments.map((c) => [c, { NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0 }]),
  ) as CommitmentGrid["totals"];
  const rows = units.map((unit) => {
    const scores = scoreCommitments(byUnit.get(unit.id)!);
    for (const score of scores) totals[score.commitment][score.status] += 1;
    return { unit, scores, done: countDone(scores) };
  });
  return {
    rows,
    totals,
    grandDone: rows.reduce((sum, row) => sum + row.done, 0),
    grandCells: rows.length * commitments.length,
  };
}
