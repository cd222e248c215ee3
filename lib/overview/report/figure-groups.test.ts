import { describe, expect, it } from "vitest";
import zh from "@/lib/core/i18n/messages/zh-CN/overview/report.json";
import en from "@/lib/core/i18n/messages/en/overview/report.json";
import type { YearOverview } from "@/lib/overview/year/queries";
import { reportGroups } from "./figure-groups";

const f = (value: number, href = `/admin/x?${value}`) => ({ value, href });
const r = (count: number, of: number, href = "/admin/r") => ({ value: of ? count / of : 0, count, of, href });

// Only what reportGroups reads; the rest of the overview is irrelevant here.
const overview = {
  units: { active: f(30), withoutItem: f(4) },
  items: {
    planned: f(28),
    unclaimed: f(2),
    claimed: f(26),
    scheduled: f(20),
    held: f(12),
    reported: f(10),
    accepted: f(8),
    cancelled: f(1),
  },
  service: { volunteers: f(1234), hours: f(567.5), held: f(12) },
  meetings: { answerRate: r(45, 60), attendanceRate: r(2, 3) },
  decisions: { open: f(5), overdue: f(2) },
  venues: { made: f(40), hours: f(81.5), byVenue: [] },
  commitments: { claimed: r(90, 150), confirmed: r(60, 150) },
  rotation: { preferences: r(18, 30) },
  pairing: { needsMet: f(6), pairingsActive: f(9) },
} as unknown as YearOverview;

const groups = reportGroups(overview, { unitsTakingPart: 21, venuesShared: 7, timesShared: 33 });
const figures = groups.flatMap((group) => group.figures);
const byKey = (key: string) => figures.find((figure) => figure.key === key);

describe("reportGroups", () => {
  it("takes the overview's figures as they are, with the list behind each", () => {
    expect(byKey("unitsActive")).toEqual({
      key: "unitsActive",
      value: 30,
      format: "count",
      href: "/admin/x?30",
    });
    expect(byKey("activitiesHeld")?.value).toBe(12);
    expect(byKey("hours")).toMatchObject({ value: 567.5, format: "hours" });
    expect(byKey("unitsTakingPart")).toEqual({ key: "unitsTakingPart", value: 21, format: "count" });
  });

  it("writes rates as percentages to one decimal", () => {
    expect(byKey("answerRate")).toMatchObject({ value: 75, format: "percent" });
    expect(byKey("attendanceRate")).toMatchObject({ value: 66.7, format: "percent" });
  });

  it("counts the five commitments of all units: possible, submitted, confirmed", () => {
    expect(
      [byKey("commitmentsPossible"), byKey("commitmentsClaimed"), byKey("commitmentsConfirmed")].map(
        (x) => x?.value,
      ),
    ).toEqual([150, 90, 60]);
    expect(byKey("rotationPreferences")).toMatchObject({ value: 18, href: "/admin/r" });
  });

  it("has a label in both languages for every group and figure", () => {
    for (const catalog of [zh, en]) {
      for (const group of groups) expect(catalog.groups).toHaveProperty(group.key);
      for (const figure of figures) expect(catalog.figures).toHaveProperty(figure.key);
    }
    expect(new Set(figures.map((figure) => figure.key)).size).toBe(figures.length);
  });
});
