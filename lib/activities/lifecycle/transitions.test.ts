import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/core/errors";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import {
  activityStatuses,
  allowedNext,
  allows,
  assertTransition,
  cancelAction,
  nextStatus,
  startsFrom,
  transitions,
  type LifecycleAction,
} from "./transitions";

// The table written out by hand, status by status: every cell not listed must be refused.
const expected: Record<LifecycleAction, Partial<Record<ActivityStatus, ActivityStatus>>> = {
  claim: { PLANNED: "CLAIMED" },
  assignLead: { PLANNED: "CLAIMED", CLAIMED: "CLAIMED", OPEN: "OPEN", CLOSED: "CLOSED", DONE: "DONE" },
  unassignLead: { CLAIMED: "PLANNED", OPEN: "PLANNED", CLOSED: "PLANNED" },
  release: { CLAIMED: "PLANNED" },
  releaseBeforeDeadline: { CLAIMED: "PLANNED", OPEN: "PLANNED" },
  schedule: { CLAIMED: "CLAIMED", OPEN: "OPEN", CLOSED: "CLOSED" },
  openSignUp: { CLAIMED: "OPEN" },
  closeSignUp: { OPEN: "CLOSED" },
  reopenSignUp: { CLOSED: "OPEN" },
  join: { OPEN: "OPEN" },
  withdraw: { OPEN: "OPEN" },
  checkIn: { OPEN: "OPEN", CLOSED: "CLOSED", DONE: "DONE" },
  markHeld: { OPEN: "DONE", CLOSED: "DONE" },
  report: { DONE: "REPORTED" },
  resubmitReport: { REPORTED: "REPORTED" },
  review: { REPORTED: "REPORTED" },
  edit: { PLANNED: "PLANNED", CLAIMED: "CLAIMED", OPEN: "OPEN", CLOSED: "CLOSED", DONE: "DONE" },
  cancel: { CLAIMED: "CANCELLED", OPEN: "CANCELLED", CLOSED: "CANCELLED" },
  cancelAsAdmin: {
    PLANNED: "CANCELLED",
    CLAIMED: "CANCELLED",
    OPEN: "CANCELLED",
    CLOSED: "CANCELLED",
    DONE: "CANCELLED",
  },
};

const actions = Object.keys(expected) as LifecycleAction[];

describe("the activity transition table", () => {
  it("covers every action and every status of the schema", () => {
    expect(Object.keys(transitions).sort()).toEqual([...actions].sort());
    expect([...activityStatuses].sort()).toEqual(
      ["CANCELLED", "CLAIMED", "CLOSED", "DONE", "OPEN", "PLANNED", "REPORTED"].sort(),
    );
  });

  for (const action of actions) {
    for (const from of activityStatuses) {
      const next = expected[action][from];
      if (next) {
        it(`allows ${action} from ${from} (→ ${next})`, () => {
          expect(nextStatus(action, from)).toBe(next);
          expect(allows(action, from)).toBe(true);
          expect(assertTransition(action, from, "x.refused")).toBe(next);
        });
      } else {
        it(`refuses ${action} from ${from}`, () => {
          expect(nextStatus(action, from)).toBeNull();
          expect(allows(action, from)).toBe(false);
          expect(() => assertTransition(action, from, "x.refused")).toThrow(
            expect.objectContaining({ key: "x.refused" }) as DomainError,
          );
        });
      }
    }
  }

  it("lists the starting statuses of an action in lifecycle order", () => {
    expect(startsFrom("markHeld")).toEqual(["OPEN", "CLOSED"]);
    expect(startsFrom("cancel")).toEqual(["CLAIMED", "OPEN", "CLOSED"]);
    expect(startsFrom("review")).toEqual(["REPORTED"]);
  });

  it("lets the admin cancel further back than the lead, never a reported or cancelled activity", () => {
    expect(cancelAction("lead")).toBe("cancel");
    expect(cancelAction("admin")).toBe("cancelAsAdmin");
    for (const status of startsFrom("cancel")) expect(allows("cancelAsAdmin", status)).toBe(true);
    for (const by of ["lead", "admin"] as const) {
      expect(allows(cancelAction(by), "REPORTED")).toBe(false);
      expect(allows(cancelAction(by), "CANCELLED")).toBe(false);
    }
  });

  it("derives where each status may go next", () => {
    expect(allowedNext("PLANNED")).toEqual(["CLAIMED", "CANCELLED"]);
    expect(allowedNext("CLAIMED")).toEqual(["PLANNED", "OPEN", "CANCELLED"]);
    expect(allowedNext("OPEN")).toEqual(["PLANNED", "CLOSED", "DONE", "CANCELLED"]);
    expect(allowedNext("CLOSED")).toEqual(["PLANNED", "OPEN", "DONE", "CANCELLED"]);
    expect(allowedNext("DONE")).toEqual(["REPORTED", "CANCELLED"]);
    expect(allowedNext("REPORTED")).toEqual([]);
    expect(allowedNext("CANCELLED")).toEqual([]);
  });
});
