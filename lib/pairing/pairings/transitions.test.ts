import { describe, expect, it } from "vitest";
import { PairingStatus } from "@/lib/generated/prisma/enums";
import {
  isLive,
  isPublic,
  needsReason,
  nextStatus,
  pairingTransitions,
  publicStatuses,
  transitionsFrom,
  unitsChangeable,
} from "./transitions";

const statuses = Object.values(PairingStatus);

describe("the pairing lifecycle", () => {
  it("lets an admin approve or decline a proposal and nothing else", () => {
    expect(transitionsFrom("PROPOSED")).toEqual(["approve", "decline"]);
    expect(nextStatus("PROPOSED", "approve")).toBe("ACTIVE");
    expect(nextStatus("PROPOSED", "decline")).toBe("DECLINED");
    expect(nextStatus("PROPOSED", "end")).toBeNull();
  });

  it("moves an active pairing to paused and back, and ends it from either", () => {
    expect(transitionsFrom("ACTIVE")).toEqual(["pause", "end"]);
    expect(transitionsFrom("PAUSED")).toEqual(["resume", "end"]);
    expect(nextStatus("ACTIVE", "pause")).toBe("PAUSED");
    expect(nextStatus("PAUSED", "resume")).toBe("ACTIVE");
    expect(nextStatus("ACTIVE", "end")).toBe("ENDED");
    expect(nextStatus("PAUSED", "end")).toBe("ENDED");
    expect(nextStatus("ACTIVE", "resume")).toBeNull();
    expect(nextStatus("PAUSED", "pause")).toBeNull();
    expect(nextStatus("ACTIVE", "approve")).toBeNull();
  });

  it("keeps ended and declined pairings final", () => {
    for (const status of ["ENDED", "DECLINED"] as const) {
      expect(transitionsFrom(status)).toEqual([]);
      for (const transition of pairingTransitions) expect(nextStatus(status, transition)).toBeNull();
    }
  });

  it("asks for a reason when declining, pausing and ending only", () => {
    expect(pairingTransitions.filter(needsReason)).toEqual(["decline", "pause", "end"]);
  });

  it("never leads a transition into a final status without a reason (the database check agrees)", () => {
    for (const from of statuses) {
      for (const transition of pairingTransitions) {
        const to = nextStatus(from, transition);
        if (to === "ENDED" || to === "DECLINED") expect(needsReason(transition)).toBe(true);
      }
    }
  });

  it("counts proposed, active and paused pairings as live, and only running ones change units", () => {
    expect(statuses.filter(isLive)).toEqual(["PROPOSED", "ACTIVE", "PAUSED"]);
    expect(statuses.filter(unitsChangeable)).toEqual(["ACTIVE", "PAUSED"]);
  });

  it("shows visitors approved pairings only, never proposals or declined ones", () => {
    expect(statuses.filter(isPublic)).toEqual(["ACTIVE", "PAUSED", "ENDED"]);
    expect([...publicStatuses]).toEqual(statuses.filter(isPublic));
  });
});
