import { describe, expect, it } from "vitest";
import {
  activityChanged,
  communityChanged,
  everyMeetingPage,
  everyVenueFeed,
  meetingChanged,
  needChanged,
  pairingChanged,
  planChanged,
  rotationChanged,
  siteChanged,
  toRevalidations,
  unitChanged,
  unitFeed,
  unitsEdited,
  venueChanged,
  venueFeed,
} from "./revalidate-public";

const paths = (entries: { path: string; type?: string }[]) =>
  entries.map(({ path, type }) => (type ? `${path} (${type})` : path));

describe("the cached public pages a change expires", () => {
  it("an activity: home, every view of the plan and its feeds, its page and its units' pages and feeds, in both locales", () => {
    expect(paths(activityChanged({ id: 12, unitSlugs: ["maritime"] }))).toEqual([
      "/zh-CN",
      "/en",
      "/[locale]/(public)/plan (layout)",
      "/[locale]/(public)/plan.ics (layout)",
      "/zh-CN/activities/12",
      "/en/activities/12",
      "/zh-CN/units/maritime",
      "/en/units/maritime",
      "/[locale]/(public)/units/[slug]/years/[year] (page)",
      "/units/maritime/plan.ics",
      "/zh-CN/units/maritime/plan.ics",
      "/en/units/maritime/plan.ics",
      "/[locale]/(public)/communities/[id] (page)",
      "/[locale]/(public)/results (layout)",
    ]);
  });

  it("the committee's plan changes: every activity and unit page and every feed by route, not the whole site", () => {
    const entries = paths(planChanged());
    expect(entries).toContain("/[locale]/(public)/activities/[id] (page)");
    expect(entries).toContain("/[locale]/(public)/units/[slug] (page)");
    expect(entries).toContain("/[locale]/(public)/units/[slug]/years/[year] (page)");
    expect(entries).toContain("/[locale]/(public)/plan.ics (layout)");
    expect(entries).toContain("/[locale]/(public)/units/[slug]/plan.ics (layout)");
    expect(entries).toContain("/[locale]/(public)/communities/[id] (page)");
    expect(entries).toContain("/[locale]/(public)/results (layout)");
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
        "/[locale]/(public)/plan.ics (layout)",
        "/[locale]/(public)/units/[slug]/plan.ics (layout)",
        "/[locale]/(public)/meetings (layout)",
        "/[locale]/(public)/venues (layout)",
        "/[locale]/(public)/rotation (layout)",
        "/[locale]/(public)/communities/[id] (page)",
        "/[locale]/(public)/results (layout)",
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

  it("the feeds of one unit and one venue by the addresses visitors ask for, or every venue's by route; bookings also expire the results", () => {
    // A feed's entry is tagged with the address before proxy.ts rewrote it: unprefixed in Chinese.
    expect(paths(unitFeed("maritime"))).toEqual([
      "/units/maritime/plan.ics",
      "/zh-CN/units/maritime/plan.ics",
      "/en/units/maritime/plan.ics",
    ]);
    expect(paths(venueFeed(7))).toEqual([
      "/venues/7/bookings.ics",
      "/zh-CN/venues/7/bookings.ics",
      "/en/venues/7/bookings.ics",
      "/[locale]/(public)/results (layout)",
    ]);
    expect(paths(everyVenueFeed())).toEqual([
      "/[locale]/(public)/venues/[id]/bookings.ics (layout)",
      "/[locale]/(public)/results (layout)",
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

describe("communityChanged", () => {
  it("a community: the list and its page in both locales", () => {
    expect(paths(communityChanged(7))).toEqual([
      "/zh-CN/communities",
      "/en/communities",
      "/zh-CN/communities/7",
      "/en/communities/7",
    ]);
  });

  it("a renamed community or subdistrict: every community page, and the activity pages naming it", () => {
    expect(paths(communityChanged(undefined, { renamed: true }))).toEqual([
      "/zh-CN/communities",
      "/en/communities",
      "/[locale]/(public)/communities/[id] (page)",
      "/[locale]/(public)/activities/[id] (page)",
    ]);
  });
});

describe("needChanged", () => {
  it("expires the board, the need's page and its community's page in both locales", () => {
    expect(needChanged(7, 3)).toEqual([
      { path: "/zh-CN/needs" },
      { path: "/en/needs" },
      { path: "/zh-CN/needs/7" },
      { path: "/en/needs/7" },
      { path: "/zh-CN/communities/3" },
      { path: "/en/communities/3" },
    ]);
  });

  it("expires only the board when no need is named", () => {
    expect(needChanged()).toEqual([{ path: "/zh-CN/needs" }, { path: "/en/needs" }]);
  });
});

describe("siteChanged", () => {
  it("a site's details: the sites pages and the community pages listing sites, by route", () => {
    expect(paths(siteChanged())).toEqual([
      "/[locale]/(public)/sites (layout)",
      "/[locale]/(public)/communities/[id] (page)",
    ]);
  });

  it("its service log: also the unit and pairing pages that show its totals", () => {
    expect(paths(siteChanged({ log: true }))).toEqual([
      "/[locale]/(public)/sites (layout)",
      "/[locale]/(public)/communities/[id] (page)",
      "/[locale]/(public)/units/[slug] (page)",
      "/[locale]/(public)/units/[slug]/years/[year] (page)",
      "/[locale]/(public)/pairings (layout)",
      "/[locale]/(public)/results (layout)",
    ]);
  });
});

describe("pairingChanged", () => {
  it("expires the pairings list, the pairing's page, its units' pages and its community's page", () => {
    expect(paths(pairingChanged({ id: 4, communityId: 2, unitSlugs: ["china-post"] }))).toEqual([
      "/zh-CN/pairings",
      "/en/pairings",
      "/zh-CN/pairings/4",
      "/en/pairings/4",
      "/zh-CN/units/china-post",
      "/en/units/china-post",
      "/[locale]/(public)/units/[slug]/years/[year] (page)",
      "/zh-CN/communities/2",
      "/en/communities/2",
    ]);
  });
});
