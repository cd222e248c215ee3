import { describe, expect, it } from "vitest";
import {
  claimBlock,
  isPastActivity,
  joinBlock,
  unitActivityAction,
  type UnitActivityFacts,
} from "./unit-options";

const me = 7;
const other = 9;
const today = new Date(Date.UTC(2026, 4, 15)); // 15 May 2026

function facts(overrides: Partial<UnitActivityFacts> = {}): UnitActivityFacts {
  return {
    status: "PLANNED",
    leadUnitId: null,
    year: 2026,
    plannedMonth: 6,
    plannedDate: null,
    unitId: me,
    leadsThisYear: 0,
    maxLeadsPerUnit: 1,
    mine: null,
    today,
    ...overrides,
  };
}

describe("isPastActivity", () => {
  it("is past after its day, not on it", () => {
    expect(
      isPastActivity({ year: 2026, plannedMonth: 5, plannedDate: new Date(Date.UTC(2026, 4, 14)) }, today),
    ).toBe(true);
    expect(isPastActivity({ year: 2026, plannedMonth: 5, plannedDate: today }, today)).toBe(false);
  });

  it("without a day, is past only once its month is over", () => {
    expect(isPastActivity({ year: 2026, plannedMonth: 5, plannedDate: null }, today)).toBe(false);
    expect(isPastActivity({ year: 2026, plannedMonth: 4, plannedDate: null }, today)).toBe(true);
    expect(isPastActivity({ year: 2025, plannedMonth: 12, plannedDate: null }, today)).toBe(true);
    expect(isPastActivity({ year: 2027, plannedMonth: 1, plannedDate: null }, today)).toBe(false);
  });
});

describe("unitActivityAction", () => {
  it("offers the claim of an unclaimed future activity to a unit under its limit", () => {
    expect(unitActivityAction(facts())).toEqual({ kind: "claim" });
    expect(unitActivityAction(facts({ leadsThisYear: 1, maxLeadsPerUnit: 2 }))).toEqual({ kind: "claim" });
  });

  it("gives the limit as the reason once the unit leads as many activities as the year allows", () => {
    expect(unitActivityAction(facts({ leadsThisYear: 1 }))).toEqual({
      kind: "none",
      reason: "leadLimit",
      values: { max: 1 },
    });
  });

  it("does not offer to claim a past or cancelled activity", () => {
    expect(unitActivityAction(facts({ plannedMonth: 3 }))).toMatchObject({
      kind: "none",
      reason: "pastActivity",
    });
    expect(unitActivityAction(facts({ status: "CANCELLED" }))).toMatchObject({ reason: "cancelledActivity" });
  });

  it("lets the lead unit manage its activity, whatever its status", () => {
    for (const status of ["CLAIMED", "OPEN", "REPORTED", "CANCELLED"] as const) {
      expect(unitActivityAction(facts({ status, leadUnitId: me, leadsThisYear: 1 }))).toEqual({
        kind: "lead",
      });
    }
  });

  it("offers sign-up only while another unit's activity is open, in time and not yet joined", () => {
    const open = { status: "OPEN" as const, leadUnitId: other };
    expect(unitActivityAction(facts(open))).toEqual({ kind: "join" });
    expect(unitActivityAction(facts({ ...open, status: "CLAIMED" }))).toMatchObject({
      reason: "signUpNotOpen",
    });
    expect(unitActivityAction(facts({ ...open, status: "CLOSED" }))).toMatchObject({
      reason: "signUpClosed",
    });
    expect(unitActivityAction(facts({ ...open, plannedMonth: 4 }))).toMatchObject({ reason: "signUpClosed" });
    expect(unitActivityAction(facts({ ...open, status: "REPORTED" }))).toMatchObject({
      reason: "heldActivity",
    });
  });

  it("closes sign-up once the lead's deadline has passed, not before", () => {
    const open = { status: "OPEN" as const, leadUnitId: other };
    expect(unitActivityAction(facts({ ...open, signupDeadline: today }))).toEqual({ kind: "join" });
    expect(
      unitActivityAction(facts({ ...open, signupDeadline: new Date(Date.UTC(2026, 4, 14)) })),
    ).toMatchObject({ reason: "deadlinePassed" });
  });

  it("lets a joined or waitlisted unit withdraw while sign-up is open, and only then", () => {
    const open = { status: "OPEN" as const, leadUnitId: other };
    expect(unitActivityAction(facts({ ...open, mine: "JOINED" }))).toEqual({ kind: "withdraw" });
    expect(unitActivityAction(facts({ ...open, mine: "WAITLISTED" }))).toEqual({ kind: "withdraw" });
    expect(unitActivityAction(facts({ ...open, status: "CLOSED", mine: "JOINED" }))).toMatchObject({
      kind: "none",
      reason: "signUpClosed",
    });
    expect(unitActivityAction(facts({ ...open, status: "DONE", mine: "JOINED" }))).toMatchObject({
      reason: "heldActivity",
    });
  });
});

describe("the mutations' gates", () => {
  it("claimBlock refuses a claimed activity, the limit and the past; allows the rest", () => {
    expect(claimBlock(facts())).toBeNull();
    expect(claimBlock(facts({ leadUnitId: other, status: "CLAIMED" }))).toEqual({ reason: "notClaimable" });
    expect(claimBlock(facts({ leadsThisYear: 3, maxLeadsPerUnit: 3 }))).toMatchObject({
      reason: "leadLimit",
    });
    expect(claimBlock(facts({ plannedDate: new Date(Date.UTC(2026, 4, 1)), plannedMonth: 5 }))).toEqual({
      reason: "pastActivity",
    });
  });

  it("joinBlock refuses the lead itself and a second sign-up", () => {
    expect(joinBlock(facts({ status: "OPEN", leadUnitId: me }))).toEqual({ reason: "ownActivity" });
    expect(joinBlock(facts({ status: "OPEN", leadUnitId: other, mine: "JOINED" }))).toEqual({
      reason: "alreadyJoined",
    });
  });
});
