import { describe, expect, it } from "vitest";
import { isReportOverdue, parseReviewFilter, reportDueDay } from "./review-filter";

const held = { year: 2026, plannedMonth: 3, plannedDate: new Date("2026-03-10T00:00:00Z") };
// 2026-03-25 08:00 Beijing and 2026-03-24 23:00 Beijing.
const day25 = new Date("2026-03-25T00:00:00Z");
const day24Late = new Date("2026-03-24T15:00:00Z");

describe("the review list's filter", () => {
  it("knows submitted, returned and overdue, and nothing else", () => {
    expect(parseReviewFilter("OVERDUE")).toBe("OVERDUE");
    expect(parseReviewFilter("NEEDS_FIX")).toBe("NEEDS_FIX");
    expect(parseReviewFilter("ACCEPTED")).toBeNull();
    expect(parseReviewFilter(["SUBMITTED"])).toBeNull();
  });
});

describe("when a report is overdue", () => {
  it("is due two weeks after the activity's day and overdue the day after that", () => {
    expect(
      reportDueDay({ ...held, report: null })
        ?.toISOString()
        .slice(0, 10),
    ).toBe("2026-03-24");
    expect(isReportOverdue({ ...held, report: null }, day24Late)).toBe(false);
    expect(isReportOverdue({ ...held, report: null }, day25)).toBe(true);
  });

  it("counts from the 1st of the planned month when the item has no day", () => {
    const undated = { year: 2026, plannedMonth: 3, plannedDate: null, report: null };
    expect(reportDueDay(undated)?.toISOString().slice(0, 10)).toBe("2026-03-15");
  });

  it("gives a returned report two weeks from the request and never chases a filed one", () => {
    const returned = {
      ...held,
      report: { status: "NEEDS_FIX", updatedAt: new Date("2026-03-20T02:00:00Z") },
    };
    expect(reportDueDay(returned)?.toISOString().slice(0, 10)).toBe("2026-04-03");
    expect(isReportOverdue(returned, day25)).toBe(false);
    expect(isReportOverdue(returned, new Date("2026-04-04T01:00:00Z"))).toBe(true);
    for (const status of ["SUBMITTED", "ACCEPTED"]) {
      const filed = { ...held, report: { status, updatedAt: new Date("2026-01-01T00:00:00Z") } };
      expect(reportDueDay(filed)).toBeNull();
      expect(isReportOverdue(filed, day25)).toBe(false);
    }
  });
});
