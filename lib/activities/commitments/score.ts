import { activityUnderWay, roleCounts, type LinkRole } from "./rules";
import { Commitment } from "@/lib/generated/prisma/enums";
import type { ActivityStatus, CommitmentRecordStatus, CommitmentStatus } from "./types";

/** The five commitments in the order the schema (and every grid and form) lists them. */
export const commitments: readonly Commitment[] = Object.values(Commitment);

/** What a unit did in a year, as evidence for its five commitments. */
export type CommitmentEvidence = {
  /** Activities the unit leads or joined in that year. */
  activities: Array<{ id: number; commitment: Commitment; status: ActivityStatus; role: LinkRole }>;
  /** Its commitment records and where their review stands. */
  records: Array<{ id: number; commitment: Commitment; status: CommitmentRecordStatus }>;
};

export type CommitmentScore = {
  commitment: Commitment;
  status: CommitmentStatus;
  /** The records (or, while in progress, the activities) that earned the status. */
  evidence: Array<{ kind: "activity" | "record"; id: number }>;
};

// Only a confirmed record fulfils a commitment; a submitted one is claimed; a returned one
// needs work. Activities never fulfil by themselves: the unit records them as evidence.
const rank: Record<CommitmentStatus, number> = {
  NOT_STARTED: 0,
  IN_PROGRESS: 1,
  RETURNED: 2,
  SUBMITTED: 3,
  CONFIRMED: 4,
};

/** Each commitment's status is the best any of its evidence reached. */
export function scoreCommitments(evidence: CommitmentEvidence): CommitmentScore[] {
  return commitments.map((commitment) => {
    const items = [
      ...evidence.records
        .filter((r) => r.commitment === commitment)
        .map((r) => ({ kind: "record" as const, id: r.id, status: r.status as CommitmentStatus })),
      ...evidence.activities
        .filter((a) => roleCounts(commitment, a.commitment, a.role) && activityUnderWay(a.status))
        .map((a) => ({ kind: "activity" as const, id: a.id, status: "IN_PROGRESS" as CommitmentStatus })),
    ];
    const best = items.reduce<CommitmentStatus>(
      (acc, item) => (rank[item.status] > rank[acc] ? item.status : acc),
      "NOT_STARTED",
    );
    return {
      commitment,
      status: best,
      evidence: items.filter((i) => i.status === best).map(({ kind, id }) => ({ kind, id })),
    };
  });
}

/** How many of the five an admin confirmed (0–5). */
export function countDone(scores: CommitmentScore[]): number {
  return scores.filter((score) => score.status === "CONFIRMED").length;
}

/** How many of the five the unit claims done: submitted or already confirmed (0–5). */
export function countClaimed(scores: CommitmentScore[]): number {
  return scores.filter((score) => score.status === "SUBMITTED" || score.status === "CONFIRMED").length;
}
