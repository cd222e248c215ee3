import { describe, expect, it } from "vitest";
import { currentQuarter, hoursOf, overviewHref, parseOverviewYear, rate } from "./figures";
import { attentionKinds, pendingAttention } from "./attention-rules";

describe("the overview's rates", () => {
  it("divide the count by what it is out of, and give 0 when there is nothing to count", () => {
    expect(rate(3, 4, "/x")).toEqual({ value: 0.75, count: 3, of: 4, href: "/x" });
    expect(rate(0, 0, "/x").value).toBe(0);
  });
});

describe("the quarter a unit's idleness is judged in", () => {
  it("is the Beijing quarter, which starts eight hours before UTC's", () => {
    expect(currentQuarter(new Date("2026-03-31T15:59:00Z"))).toBe("2026-Q1");
    expect(currentQuarter(new Date("2026-03-31T16:00:00Z"))).toBe("2026-Q2");
    expect(currentQuarter(new Date("2025-12-31T16:30:00Z"))).toBe("2026-Q1");
  });
});

describe("where each figure leads", () => {
  it("opens the filtered admin lists", () => {
    expect(overviewHref.items(2025, "held")).toBe("/admin/plan/2025?stage=held");
    expect(overviewHref.unitsWithoutItem(2025)).toBe("/admin/units?status=ACTIVE&withoutItem=2025");
    expect(overviewHref.bookingsMade(2025, 7)).toBe("/admin/bookings?year=2025&venue=7");
    expect(overviewHref.bookingsUsed(2025)).toBe("/admin/bookings?year=2025&used=1");
    expect(overviewHref.decisionsOverdue(2025)).toBe("/admin/decisions?year=2025&overdue=1");
    expect(overviewHref.decisionsOverdue()).toBe("/admin/decisions?overdue=1");
    expect(overviewHref.needsMet(2025)).toBe("/admin/needs?status=CLOSED&year=2025");
  });

  it("turns booked milliseconds into hours with one decimal", () => {
    expect(hoursOf(90 * 60_000)).toBe(1.5);
    expect(hoursOf(3 * 3_600_000 + 20 * 60_000)).toBe(3.3);
    expect(hoursOf(0)).toBe(0);
  });
});

describe("the needs-attention list", () => {
  it("keeps the kinds with something waiting, in the committee's order", () => {
    const items = [
      { kind: "idleUnits" as const, count: 4, href: "/a" },
      { kind: "reportsOverdue" as const, count: 0, href: "/b" },
      { kind: "applicationsWaiting" as const, count: 2, href: "/c" },
      { kind: "bookingsWaiting" as const, count: 1, href: "/d" },
    ];
    expect(pendingAttention(items).map((item) => item.kind)).toEqual([
      "applicationsWaiting",
      "bookingsWaiting",
      "idleUnits",
    ]);
    expect(pendingAttention([])).toEqual([]);
    expect(new Set(attentionKinds).size).toBe(attentionKinds.length);
  });
});

describe("the year picker's address", () => {
  it("reads ?year= and leaves anything else to this year", () => {
    expect(parseOverviewYear("2025")).toBe(2025);
    for (const bad of [undefined, "", "25", "1999", "2101", "2025a", " 2025"])
      expect(parseOverviewYear(bad)).toBeNull();
    expect(parseOverviewYear(["2025"])).toBeNull();
  });
});
