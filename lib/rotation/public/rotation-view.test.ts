import { describe, expect, it } from "vitest";
import { routeListPage } from "@/lib/core/site/list-query";
import { buildRotationMonths, chooseRotationYear, rotationList } from "./rotation-view";

describe("chooseRotationYear", () => {
  it("takes a requested four-digit year, published or not", () => {
    expect(chooseRotationYear("2037", [2026], 2026)).toBe(2037);
    expect(chooseRotationYear(["2025", "2030"], [2026], 2026)).toBe(2025);
  });

  it("ignores a malformed request", () => {
    expect(chooseRotationYear("abc", [2026], 2026)).toBe(2026);
    expect(chooseRotationYear("99999", [2026], 2026)).toBe(2026);
    expect(chooseRotationYear("", [2025], 2026)).toBe(2025);
  });

  it("defaults to the current year when it is published", () => {
    expect(chooseRotationYear(undefined, [2025, 2026, 2027], 2026)).toBe(2026);
  });

  it("otherwise takes the nearest published year, the later one on a tie", () => {
    expect(chooseRotationYear(undefined, [2020, 2024], 2026)).toBe(2024);
    expect(chooseRotationYear(undefined, [2025, 2027], 2026)).toBe(2027);
    expect(chooseRotationYear(undefined, [2030], 2026)).toBe(2030);
  });

  it("falls back to the current year when nothing is published", () => {
    expect(chooseRotationYear(undefined, [], 2026)).toBe(2026);
  });
});

describe("buildRotationMonths", () => {
  const post = { id: 1, slug: "post", name: "邮政", status: "ACTIVE" };
  const mobile = { id: 2, slug: "mobile", name: "移动", status: "ACTIVE" };

  it("lists all twelve months, empty ones included", () => {
    const months = buildRotationMonths([{ month: 3, unit: post }], []);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[2]!.units).toEqual([post]);
    expect(months.filter((m) => m.units.length === 0)).toHaveLength(11);
  });

  it("links a month to the activities its duty units lead in that month only", () => {
    const months = buildRotationMonths(
      [
        { month: 3, unit: post },
        { month: 4, unit: mobile },
      ],
      [
        { id: 10, title: "植树", plannedMonth: 3, leadUnitId: 1 },
        { id: 11, title: "读书会", plannedMonth: 3, leadUnitId: 2 }, // mobile serves in April
        { id: 12, title: "联谊", plannedMonth: 5, leadUnitId: 1 }, // post leads it, but in May
        { id: 13, title: "待认领", plannedMonth: 4, leadUnitId: null },
      ],
    );
    expect(months[2]!.activities.map((a) => a.id)).toEqual([10]);
    expect(months[3]!.activities).toEqual([]);
    expect(months[4]!.activities).toEqual([]);
  });

  it("tells months the committee left without duty from duty months nobody was placed in", () => {
    const months = buildRotationMonths([{ month: 3, unit: post }], [], [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[1]).toEqual({ month: 2, needsDuty: false, units: [], activities: [] });
    expect(months[2]!.needsDuty).toBe(true);
    expect(months[0]).toMatchObject({ month: 1, needsDuty: true, units: [] });
  });

  it("orders a month's units by name", () => {
    const months = buildRotationMonths(
      [
        { month: 1, unit: mobile },
        { month: 1, unit: post },
      ],
      [],
    );
    expect(months[0]!.units.map((u) => u.slug)).toEqual(["mobile", "post"]);
  });
});

describe("rotationList (how proxy.ts routes /rotation)", () => {
  const route = (search: string) => routeListPage([rotationList], "/rotation", search);

  it("caches one page per plausible year", () => {
    expect(route("?year=2026")).toEqual({ rewrite: "/rotation/year-2026", cached: true });
    expect(route("")).toEqual({ rewrite: "/rotation", cached: true });
  });

  it("redirects years out of range, junk and unknown parameters to the bare page", () => {
    expect(route("?year=9999")).toEqual({ redirect: "/rotation" });
    expect(route("?year=%202026%20&v=1")).toEqual({ redirect: "/rotation?year=2026" });
  });
});
