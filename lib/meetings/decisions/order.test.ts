import { describe, expect, it } from "vitest";
import { isDecisionOverdue, isOverdue, orderDecisions } from "./order";
import { beijingToday } from "@/lib/core/time/beijing";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("beijingToday", () => {
  it("is the Beijing calendar day, which starts at 16:00 UTC the day before", () => {
    expect(beijingToday(new Date("2026-03-09T15:59:00Z"))).toEqual(day("2026-03-09"));
    expect(beijingToday(new Date("2026-03-09T16:00:00Z"))).toEqual(day("2026-03-10"));
  });
});

describe("isOverdue", () => {
  it("is true only once the due day has passed", () => {
    expect(isOverdue(day("2026-03-09"), day("2026-03-10"))).toBe(true);
    expect(isOverdue(day("2026-03-10"), day("2026-03-10"))).toBe(false);
    expect(isOverdue(day("2026-03-11"), day("2026-03-10"))).toBe(false);
  });

  it("never marks a done or dropped decision overdue", () => {
    const today = day("2026-03-10");
    expect(isDecisionOverdue({ id: 1, dueOn: day("2026-01-01"), status: "IN_PROGRESS" }, today)).toBe(true);
    expect(isDecisionOverdue({ id: 1, dueOn: day("2026-01-01"), status: "DONE" }, today)).toBe(false);
    expect(isDecisionOverdue({ id: 1, dueOn: day("2026-01-01"), status: "DROPPED" }, today)).toBe(false);
  });
});

describe("orderDecisions", () => {
  it("puts open overdue decisions first, then everything by due date, ties by id", () => {
    const today = day("2026-03-10");
    const rows = [
      { id: 1, dueOn: day("2026-04-01"), status: "OPEN" },
      { id: 2, dueOn: day("2026-02-01"), status: "DONE" },
      { id: 3, dueOn: day("2026-03-01"), status: "OPEN" },
      { id: 4, dueOn: day("2026-03-10"), status: "IN_PROGRESS" },
      { id: 5, dueOn: day("2026-02-15"), status: "IN_PROGRESS" },
      { id: 6, dueOn: day("2026-03-10"), status: "OPEN" },
    ];
    expect(orderDecisions(rows, today).map((row) => row.id)).toEqual([5, 3, 2, 4, 6, 1]);
  });

  it("does not change its input", () => {
    const rows = [
      { id: 2, dueOn: day("2026-04-01"), status: "OPEN" },
      { id: 1, dueOn: day("2026-03-01"), status: "OPEN" },
    ];
    orderDecisions(rows, day("2026-01-01"));
    expect(rows.map((row) => row.id)).toEqual([2, 1]);
  });
});
