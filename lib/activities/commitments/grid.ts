import {
  commitments,
  countClaimed,
  countDone,
  scoreCommitments,
  type CommitmentEvidence,
  type CommitmentScore,
} from "./score";
import type { Commitment } from "./types";

// The admin's units × 5 view, built from every unit's evidence for one year. Pure, so the
// totals can be checked without a database. "Claimed" = submitted or confirmed: what units say
// they did; "confirmed" = what an admin accepted.

export type GridUnit = { id: number; name: string; slug: string; category: string };

export type GridRow = { unit: GridUnit; scores: CommitmentScore[]; confirmed: number; claimed: number };

export type GridTally = { claimed: number; confirmed: number };

export type CommitmentGrid = {
  rows: GridRow[];
  /** Per commitment, how many units claimed it and how many have it confirmed. */
  totals: Record<Commitment, GridTally>;
  /** Over all units and commitments, out of rows × 5 cells. */
  grand: GridTally & { cells: number };
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
    commitments.map((c) => [c, { claimed: 0, confirmed: 0 }]),
  ) as CommitmentGrid["totals"];
  const rows = units.map((unit) => {
    const scores = scoreCommitments(byUnit.get(unit.id)!);
    for (const { commitment, status } of scores) {
      if (status === "SUBMITTED" || status === "CONFIRMED") totals[commitment].claimed += 1;
      if (status === "CONFIRMED") totals[commitment].confirmed += 1;
    }
    return { unit, scores, confirmed: countDone(scores), claimed: countClaimed(scores) };
  });
  return {
    rows,
    totals,
    grand: {
      claimed: rows.reduce((sum, row) => sum + row.claimed, 0),
      confirmed: rows.reduce((sum, row) => sum + row.confirmed, 0),
      cells: rows.length * commitments.length,
    },
  };
}
