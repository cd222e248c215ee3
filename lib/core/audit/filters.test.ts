import { describe, expect, it } from "vitest";
import { auditQueryString, auditWhere, parseAuditFilters } from "./filters";

describe("parseAuditFilters", () => {
  it("reads the GET form's fields", () => {
    expect(
      parseAuditFilters({
        actor: "7",
        unit: "3",
        action: "unit.",
        from: "2026-01-01",
        to: "2026-01-31",
        page: "2",
      }),
    ).toEqual({ actorId: 7, unitId: 3, action: "unit.", from: "2026-01-01", to: "2026-01-31", page: 2 });
  });

  it("reads the kind of record, and a record id only together with a kind", () => {
    expect(parseAuditFilters({ kind: "Activity", record: "54" })).toMatchObject({
      kind: "Activity",
      recordId: "54",
    });
    expect(parseAuditFilters({ kind: "MeetingAttendance", record: "5:12" }).recordId).toBe("5:12");
    expect(parseAuditFilters({ record: "54" }).recordId).toBeUndefined();
    expect(parseAuditFilters({ kind: "activity'; --", record: "54" })).toEqual({ page: 1 });
    expect(parseAuditFilters({ kind: "Activity", record: "54 OR 1=1" }).recordId).toBeUndefined();
  });

  it("drops malformed values instead of failing", () => {
    expect(
      parseAuditFilters(
        new URLSearchParams("actor=abc&unit=-1&action=unit%27%3B--&from=2023-02-30&to=tomorrow&page=0"),
      ),
    ).toEqual({ page: 1 });
    expect(parseAuditFilters({ actor: ["4", "5"], action: "   " })).toEqual({ actorId: 4, page: 1 });
    expect(parseAuditFilters({ page: "99999999999" }).page).toBe(1);
  });
});

describe("auditWhere", () => {
  it("matches an action prefix when it ends with a dot, else the exact action", () => {
    expect(auditWhere({ action: "unit.", page: 1 })).toEqual({ action: { startsWith: "unit." } });
    expect(auditWhere({ action: "unit.updateProfile", page: 1 })).toEqual({ action: "unit.updateProfile" });
  });

  it("matches the kind of record, and one record of it", () => {
    expect(auditWhere({ kind: "Activity", page: 1 })).toEqual({ entity: "Activity" });
    expect(auditWhere({ kind: "Activity", recordId: "54", page: 1 })).toEqual({
      entity: "Activity",
      entityId: "54",
    });
  });

  it("turns Beijing days into an inclusive range of instants", () => {
    expect(auditWhere({ from: "2026-03-01", to: "2026-03-01", page: 1 })).toEqual({
      createdAt: {
        gte: new Date("2026-02-28T16:00:00Z"),
        lt: new Date("2026-03-01T16:00:00Z"),
      },
    });
  });
});

describe("auditQueryString", () => {
  it("keeps the filters and adds the page only past the first", () => {
    const filters = { actorId: 2, action: "unit.", page: 1 };
    expect(auditQueryString(filters)).toBe("actor=2&action=unit.");
    expect(auditQueryString(filters, 3)).toBe("actor=2&action=unit.&page=3");
    expect(auditQueryString({ kind: "Activity", recordId: "54", unitId: 3, page: 1 })).toBe(
      "unit=3&kind=Activity&record=54",
    );
  });
});
