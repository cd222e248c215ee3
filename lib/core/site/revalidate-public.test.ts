import { describe, expect, it } from "vitest";
import {
  activityChanged,
  everyMeetingPage,
  meetingChanged,
  planChanged,
  rotationChanged,
  toRevalidations,
  unitChanged,
  unitsEdited,
  venueChanged,
} from "./revalidate-public";

const paths = (entries: { path: string; type?: string }[]) =>
  entries.map(({ path, type }) => (type ? `${path} (${type})` : path));

describe("the cached public pages a change expires", () => {
  it("an activity: home, every view of the plan, its page and its units' pages, in both locales", () => {
    expect(paths(activityChanged({ id: 12, unitSlugs: ["maritime"] }))).toEqual([
      "/zh-CN",
      "/en",
      "/[locale]/(public)/plan (layout)",
      "/zh-CN/activities/12",
      "/en/activities/12",
      "/zh-CN/units/maritime",
      "/en/units/maritime",
    ]);
  });

  it("the committee's plan changes: every activity and unit page by route, not the whole site", () => {
    const entries = paths(planChanged());
    expect(entries).toContain("/[locale]/(public)/activities/[id] (page)");
    expect(entries).toContain("/[locale]/(public)/units/[slug] (page)");
    expect(entries).not.toContain("/ (layout)");
  });

  it("a unit: home (the unit count), the directory with its later pages, and its page", () => {
    expect(paths(unitChanged("maritime"))).toEqual([
      "/zh-CN",
      "/en",
      "/zh-CN/units",
      "/en/units",
      "/[locale]/(public)/units/_f/[...filter] (page)",
      "/zh-CN/units/maritime",
      "/en/units/maritime",
    ]);
  });

  it("an edited unit: every route that names units, but never the root layout", () => {
    const entries = paths(unitsEdited());
    expect(entries).toEqual(
      expect.arrayContaining([
        "/[locale]/(public)/plan (layout)",
        "/[locale]/(public)/meetings (layout)",
        "/[locale]/(public)/venues (layout)",
        "/[locale]/(public)/rotation (layout)",
      ]),
    );
    expect(entries.some((entry) => entry.startsWith("/ ") || entry.startsWith("/[locale] "))).toBe(false);
  });

  it("meetings, the rotation and venues", () => {
    expect(paths(meetingChanged(3))).toEqual([
      "/zh-CN/meetings",
      "/en/meetings",
      "/zh-CN/meetings/3",
      "/en/meetings/3",
    ]);
    expect(paths(everyMeetingPage())).toContain("/[locale]/(public)/meetings (layout)");
    // The list pages with their cached filtered views (nested routes under them).
    expect(paths(rotationChanged())).toEqual(["/[locale]/(public)/rotation (layout)"]);
    expect(paths(venueChanged(7))).toEqual([
      "/[locale]/(public)/venues (layout)",
      "/zh-CN/venues/7",
      "/en/venues/7",
    ]);
  });
});

describe("toRevalidations", () => {
  it("turns a cached public address into its internal paths and leaves signed-in pages as they are", () => {
    expect(paths(toRevalidations(["/", "/plan", "/my/activities", "/admin/plan/2026"]))).toEqual([
      "/zh-CN",
      "/en",
      "/zh-CN/plan",
      "/en/plan",
      "/my/activities",
      "/admin/plan/2026",
    ]);
  });

  it("drops duplicates, keeping the first", () => {
    expect(paths(toRevalidations(["/venues/7", ...venueChanged(7), "/my"]))).toEqual([
      "/zh-CN/venues/7",
      "/en/venues/7",
      "/[locale]/(public)/venues (layout)",
      "/my",
    ]);
  });
});
