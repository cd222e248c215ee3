import { describe, expect, it } from "vitest";
import { daysUntil, orderTodo, type TodoEntry, type TodoKind } from "./todo";

// 2026-03-10 09:00 in Beijing.
const now = new Date("2026-03-10T01:00:00Z");

function entry(kind: TodoKind, key: string, due: string): TodoEntry {
  return { kind, key, subject: key, values: {}, due: new Date(due), timed: false, href: "/my" };
}

describe("daysUntil", () => {
  it("counts Beijing calendar days, so a @db.Date today is 0 and yesterday is -1", () => {
    expect(daysUntil(new Date("2026-03-10T00:00:00Z"), now)).toBe(0);
    expect(daysUntil(new Date("2026-03-09T00:00:00Z"), now)).toBe(-1);
    expect(daysUntil(new Date("2026-03-13T00:00:00Z"), now)).toBe(3);
  });

  it("puts a moment late in the Beijing evening on that Beijing day", () => {
    // 2026-03-11 23:30 Beijing is 15:30 UTC on the 11th: tomorrow, not the day after.
    expect(daysUntil(new Date("2026-03-11T15:30:00Z"), now)).toBe(1);
    // 2026-03-12 00:30 Beijing is still the 11th in UTC: two days away in Beijing.
    expect(daysUntil(new Date("2026-03-11T16:30:00Z"), now)).toBe(2);
  });
});

describe("orderTodo", () => {
  it("puts overdue entries first, the longest overdue on top, then the rest by due date", () => {
    const ordered = orderTodo(
      [
        entry("commitments", "c", "2026-12-31T00:00:00Z"),
        entry("invitation", "i", "2026-03-12T06:00:00Z"),
        entry("decision", "d-late", "2026-03-01T00:00:00Z"),
        entry("report", "r-late", "2026-03-05T00:00:00Z"),
        entry("booking", "b", "2026-03-11T02:00:00Z"),
      ],
      now,
    );
    expect(ordered.map((e) => e.key)).toEqual(["d-late", "r-late", "b", "i", "c"]);
    expect(ordered.map((e) => e.overdue)).toEqual([true, true, false, false, false]);
    expect(ordered[0]!.daysLeft).toBe(-9);
  });

  it("marks an entry due today as not overdue", () => {
    const [today] = orderTodo([entry("decision", "d", "2026-03-10T00:00:00Z")], now);
    expect(today).toMatchObject({ daysLeft: 0, overdue: false });
  });

  it("breaks a tie on the same due moment by the kind's weight, then by key", () => {
    const due = "2026-03-20T00:00:00Z";
    const ordered = orderTodo(
      [
        entry("schedule", "s", due),
        entry("decision", "d-2", due),
        entry("report", "r", due),
        entry("decision", "d-1", due),
        entry("reportFix", "f", due),
      ],
      now,
    );
    expect(ordered.map((e) => e.key)).toEqual(["f", "r", "d-1", "d-2", "s"]);
  });

  it("returns an empty list for nothing to do", () => {
    expect(orderTodo([], now)).toEqual([]);
  });
});
