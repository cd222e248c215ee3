import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commitments, countDone, scoreCommitments, type CommitmentEvidence } from "./score";

const activityStatuses = ["PLANNED", "CLAIMED", "OPEN", "CLOSED", "DONE", "REPORTED", "CANCELLED"] as const;
const recordStatuses = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
const rank = { NOT_STARTED: 0, IN_PROGRESS: 1, DONE: 2 } as const;

const evidenceArb: fc.Arbitrary<CommitmentEvidence> = fc.record({
  activities: fc.array(
    fc.record({
      id: fc.nat(),
      commitment: fc.constantFrom(...commitments),
      status: fc.constantFrom(...activityStatuses),
    }),
    { maxLength: 8 },
  ),
  records: fc.array(
    fc.record({
      id: fc.nat(),
      commitment: fc.constantFrom(...commitments),
      status: fc.constantFrom(...recordStatuses),
    }),
    { maxLength: 8 },
  ),
});

describe("scoring the five commitments", () => {
  it("marks a commitment done by a reported activity or a done record, in progress by one under way", () => {
    const scores = scoreCommitments({
      activities: [
        { id: 1, commitment: "CULTURE_SPORTS", status: "REPORTED" },
        { id: 2, commitment: "STUDY_EXCHANGE", status: "OPEN" },
        { id: 3, commitment: "LIVELIHOOD", status: "CANCELLED" },
      ],
      records: [{ id: 9, commitment: "BACKBONE_TEAM", status: "DONE" }],
    });
    expect(Object.fromEntries(scores.map((s) => [s.commitment, s.status]))).toEqual({
      STUDY_EXCHANGE: "IN_PROGRESS",
      YOUTH_PROJECT: "NOT_STARTED",
      LIVELIHOOD: "NOT_STARTED",
      CULTURE_SPORTS: "DONE",
      BACKBONE_TEAM: "DONE",
    });
    expect(scores.find((s) => s.commitment === "CULTURE_SPORTS")?.evidence).toEqual([
      { kind: "activity", id: 1 },
    ]);
    expect(countDone(scores)).toBe(2);
  });

  it("always reports all five commitments in the brief's order", () => {
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        expect(scoreCommitments(evidence).map((s) => s.commitment)).toEqual([...commitments]);
      }),
    );
  });

  it("never lowers a status when more evidence is added", () => {
    fc.assert(
      fc.property(evidenceArb, evidenceArb, (base, extra) => {
        const before = scoreCommitments(base);
        const after = scoreCommitments({
          activities: [...base.activities, ...extra.activities],
          records: [...base.records, ...extra.records],
        });
        before.forEach((score, i) =>
          expect(rank[after[i]!.status]).toBeGreaterThanOrEqual(rank[score.status]),
        );
      }),
    );
  });

  it("ignores cancelled and unclaimed activities", () => {
    fc.assert(
      fc.property(
        evidenceArb,
        fc.constantFrom(...commitments),
        fc.constantFrom("PLANNED", "CANCELLED" as const),
        (evidence, commitment, status) => {
          const withIgnored = {
            ...evidence,
            activities: [...evidence.activities, { id: -1, commitment, status }],
          };
          expect(scoreCommitments(withIgnored)).toEqual(scoreCommitments(evidence));
        },
      ),
    );
  });

  it("does not let one commitment's evidence change another's status", () => {
    fc.assert(
      fc.property(evidenceArb, fc.constantFrom(...commitments), (evidence, target) => {
        const others = {
          activities: evidence.activities.filter((a) => a.commitment !== target),
          records: evidence.records.filter((r) => r.commitment !== target),
        };
        const full = scoreCommitments(evidence).filter((s) => s.commitment !== target);
        const without = scoreCommitments(others).filter((s) => s.commitment !== target);
        expect(full).toEqual(without);
      }),
    );
  });

  it("counts done commitments between 0 and 5, matching the evidence it cites", () => {
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        const scores = scoreCommitments(evidence);
        const done = countDone(scores);
        expect(done).toBeGreaterThanOrEqual(0);
        expect(done).toBeLessThanOrEqual(5);
        for (const score of scores) expect(score.evidence.length > 0).toBe(score.status !== "NOT_STARTED");
      }),
    );
  });
});
