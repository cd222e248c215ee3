import type { ActivityStatus, Commitment, CommitmentStatus } from "./types";

export const commitments: readonly Commitment[] = [
  "STUDY_EXCHANGE",
  "YOUTH_PROJECT",
  "LIVELIHOOD",
  "CULTURE_SPORTS",
  "BACKBONE_TEAM",
];

/** What a unit did in a year, as evidence for its five commitments. */
export type CommitmentEvidence = {
  /** Activities the unit leads in that year. */
  activities: Array<{ id: number; commitment: Commitment; status: ActivityStatus }>;
  /** Records of work outside the list: a youth project, a livelihood matter, a backbone team… */
  records: Array<{ id: number; commitment: Commitment; status: CommitmentStatus }>;
};

export type CommitmentScore = {
  commitment: Commitment;
  status: CommitmentStatus;
  /** The activities and records that earned the status. */
  evidence: Array<{ kind: "activity" | "record"; id: number }>;
};

const rank: Record<CommitmentStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 1, DONE: 2 };

/** A reported activity fulfils its commitment; one under way means work in progress. */
function activityStatus(status: ActivityStatus): CommitmentStatus {
  if (status === "REPORTED") return "DONE";
  if (status === "CLAIMED" || status === "OPEN" || status === "CLOSED" || status === "DONE")
    return "IN_PROGRESS";
  return "NOT_STARTED"; // PLANNED (unclaimed) or CANCELLED count for nothing
}

/** Each commitment's status is the best any of its evidence reached. */
export function scoreCommitments(evidence: CommitmentEvidence): CommitmentScore[] {
  return commitments.map((commitment) => {
    const items = [
      ...evidence.activities
        .filter((a) => a.commitment === commitment)
        .map((a) => ({ kind: "activity" as const, id: a.id, status: activityStatus(a.status) })),
      ...evidence.records
        .filter((r) => r.commitment === commitment)
        .map((r) => ({ kind: "record" as const, id: r.id, status: r.status })),
    ];
    const best = items.reduce<CommitmentStatus>(
      (acc, item) => (rank[item.status] > rank[acc] ? item.status : acc),
      "NOT_STARTED",
    );
    return {
      commitment,
      status: best,
      evidence:
        best === "NOT_STARTED"
          ? []
          : items.filter((i) => i.status === best).map(({ kind, id }) => ({ kind, id })),
    };
  });
}

/** How many of the five are done (0–5). */
export function countDone(scores: CommitmentScore[]): number {
  return scores.filter((score) => score.status === "DONE").length;
}
