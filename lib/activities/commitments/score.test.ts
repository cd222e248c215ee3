import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commitments, countClaimed, countDone, scoreCommitments, type CommitmentEvidence } from "./score";

const activityStatuses = ["PLANNED", "CLAIMED", "OPEN", "CLOSED", "DONE", "REPORTED", "CANCELLED"] as const;
const recordStatuses = ["SUBMITTED", "RETURNED", "CONFIRMED"] as const;
const rank = { NOT_STARTED: 0, IN_PROGRESS: 1, RETURNED: 2, SUBMITTED: 3, CONFIRMED: 4 } as const;

const evidenceArb: fc.Arbitrary<CommitmentEvidence> = fc.record({
  activities: fc.array(
    fc.record({
      id: fc.nat(),
      commitment: fc.constantFrom(...commitments),
      status: fc.constantFrom(...activityStatuses),
      role: fc.constantFrom("LEAD" as const, "JOINED" as const),
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
  it("takes the best record's review status, and 'in progress' from an activity that will count", () => {
    const scores = scoreCommitments({
      activities: [
        { id: 1, commitment: "CULTURE_SPORTS", status: "REPORTED", role: "LEAD" },
        { id: 2, commitment: "STUDY_EXCHANGE", status: "OPEN", role: "JOINED" },
        { id: 3, commitment: "YOUTH_PROJECT", status: "REPORTED", role: "JOINED" }, // joining does not count
        { id: 4, commitment: "LIVELIHOOD", status: "CANCELLED", role: "LEAD" },
      ],
      records: [
        { id: 9, commitment: "BACKBONE_TEAM", status: "CONFIRMED" },
        { id: 10, commitment: "BACKBONE_TEAM", status: "RETURNED" },
        { id: 11, commitment: "CULTURE_SPORTS", status: "SUBMITTED" },
        { id: 12, commitment: "LIVELIHOOD", status: "RETURNED" },
      ],
    });
    expect(Object.fromEntries(scores.map((s) => [s.commitment, s.status]))).toEqual({
      STUDY_EXCHANGE: "IN_PROGRESS",
      YOUTH_PROJECT: "NOT_STARTED",
      LIVELIHOOD: "RETURNED",
      CULTURE_SPORTS: "SUBMITTED",
      BACKBONE_TEAM: "CONFIRMED",
    });
    expect(scores.find((s) => s.commitment === "BACKBONE_TEAM")?.evidence).toEqual([
      { kind: "record", id: 9 },
    ]);
    expect(countDone(scores)).toBe(1);
    expect(countClaimed(scores)).toBe(2);
  });

  it("never marks a commitment done without a confirmed record", () => {
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        for (const score of scoreCommitments(evidence)) {
          const confirmed = evidence.records.some(
            (r) => r.commitment === score.commitment && r.status === "CONFIRMED",
          );
          expect(score.status === "CONFIRMED").toBe(confirmed);
        }
      }),
    );
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

  it("cites evidence exactly when a commitment has started, and counts confirmed within claimed", () => {
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        const scores = scoreCommitments(evidence);
        expect(countDone(scores)).toBeLessThanOrEqual(countClaimed(scores));
        expect(countClaimed(scores)).toBeLessThanOrEqual(5);
        for (const score of scores) expect(score.evidence.length > 0).toBe(score.status !== "NOT_STARTED");
      }),
    );
  });
});
