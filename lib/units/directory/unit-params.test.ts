import { describe, expect, it } from "vitest";
import type { UnitCategory } from "@/lib/generated/prisma/enums";
import { routeListPage } from "@/lib/core/site/list-query";
import {
  groupUnitsByCategory,
  pageGroups,
  parseUnitSearch,
  parseUnitSlug,
  unitsHref,
  unitsList,
} from "./unit-params";

describe("parseUnitSlug", () => {
  it("accepts lower-case letters, digits and hyphens", () => {
    expect(parseUnitSlug("china-post-zhenjiang")).toBe("china-post-zhenjiang");
    expect(parseUnitSlug("demo-icbc-runzhou")).toBe("demo-icbc-runzhou");
    expect(parseUnitSlug("a1")).toBe("a1");
  });

  it("accepts 60 characters but not 61", () => {
    expect(parseUnitSlug("a".repeat(60))).toBe("a".repeat(60));
    expect(parseUnitSlug("a".repeat(61))).toBeNull();
  });

  it.each(["", "China-Post", "china_post", "china post", "润州", "a/b", "a.b", "%20"])(
    "rejects %j",
    (slug) => {
      expect(parseUnitSlug(slug)).toBeNull();
    },
  );

  it("rejects values that are not strings", () => {
    expect(parseUnitSlug(undefined)).toBeNull();
    expect(parseUnitSlug(["demo-bus"])).toBeNull();
  });
});

describe("parseUnitSearch", () => {
  it("returns no search when q is missing, blank, repeated, too long or holds a control character", () => {
    expect(parseUnitSearch({})).toEqual({});
    expect(parseUnitSearch({ q: "\u0000" })).toEqual({});
    expect(parseUnitSearch({ q: "邮\u0000政" })).toEqual({});
    expect(parseUnitSearch({ q: "  " })).toEqual({});
    expect(parseUnitSearch({ q: ["邮政", "移动"] })).toEqual({});
    expect(parseUnitSearch({ q: "邮".repeat(101) })).toEqual({});
  });

  it("trims the search text", () => {
    expect(parseUnitSearch({ q: "  邮政 " })).toEqual({ q: "邮政" });
  });
});

describe("groupUnitsByCategory", () => {
  const unit = (shortName: string, category: UnitCategory) => ({ shortName, category });

  it("lists categories in the brief's order and leaves out empty ones", () => {
    const groups = groupUnitsByCategory([
      unit("B", "EMERGING_SECTOR"),
      unit("A", "VERTICAL_AGENCY"),
      unit("C", "FINANCIAL_INSTITUTION"),
    ]);
    expect(groups.map((group) => group.category)).toEqual([
      "VERTICAL_AGENCY",
      "FINANCIAL_INSTITUTION",
      "EMERGING_SECTOR",
    ]);
  });

  it("sorts Chinese short names by pinyin within a category", () => {
    const groups = groupUnitsByCategory([
      unit("镇江邮政", "STATE_ENTERPRISE"), // zhen
      unit("华电句容", "STATE_ENTERPRISE"), // hua
      unit("润州城投", "STATE_ENTERPRISE"), // run
    ]);
    expect(groups[0]?.units.map((u) => u.shortName)).toEqual(["华电句容", "润州城投", "镇江邮政"]);
  });

  it("does not reorder the caller's array", () => {
    const input = [unit("b", "STATE_ENTERPRISE"), unit("a", "STATE_ENTERPRISE")];
    groupUnitsByCategory(input);
    expect(input.map((u) => u.shortName)).toEqual(["b", "a"]);
  });

  it("returns no groups for no units", () => {
    expect(groupUnitsByCategory([])).toEqual([]);
  });
});

describe("unitsList (how proxy.ts routes /units)", () => {
  const route = (search: string) => routeListPage([unitsList], "/units", search);

  it("caches the whole directory and renders a search per request", () => {
    expect(route("")).toEqual({ rewrite: "/units", cached: true });
    expect(route("?q=%E9%82%AE%E6%94%BF")).toEqual({
      rewrite: "/units/_search?q=%E9%82%AE%E6%94%BF",
      cached: false,
    });
  });

  it("redirects an empty search, unknown parameters and page 1 to the bare directory", () => {
    expect(route("?q=")).toEqual({ redirect: "/units" });
    expect(route("?q=+&page=1&x=2")).toEqual({ redirect: "/units" });
  });

  it("caches later pages of the directory; a search keeps its page", () => {
    expect(route(unitsHref({ page: 2 }).slice("/units".length))).toEqual({
      rewrite: "/units/_f/page-2",
      cached: true,
    });
    expect(route("?page=2&q=a")).toEqual({ redirect: "/units?q=a&page=2" });
    expect(route("?q=a&page=2")).toEqual({ rewrite: "/units/_search?q=a&page=2", cached: false });
  });

  it("leaves unit pages alone", () => {
    expect(routeListPage([unitsList], "/units/china-post", "?x=1")).toBeNull();
  });
});

describe("pageGroups", () => {
  const groups = [
    { category: "VERTICAL_AGENCY" as UnitCategory, units: ["a1", "a2", "a3"] },
    { category: "STATE_ENTERPRISE" as UnitCategory, units: ["b1", "b2"] },
    { category: "EMERGING_SECTOR" as UnitCategory, units: ["c1"] },
  ];

  it("keeps every group whole when the page holds the whole list", () => {
    expect(pageGroups(groups, { skip: 0, take: 60 }).map((group) => group.units)).toEqual([
      ["a1", "a2", "a3"],
      ["b1", "b2"],
      ["c1"],
    ]);
  });

  it("shows the rows of a page, splitting a group across pages but keeping its total", () => {
    expect(pageGroups(groups, { skip: 2, take: 2 })).toEqual([
      { category: "VERTICAL_AGENCY", units: ["a3"], total: 3 },
      { category: "STATE_ENTERPRISE", units: ["b1"], total: 2 },
    ]);
    expect(pageGroups(groups, { skip: 4, take: 2 })).toEqual([
      { category: "STATE_ENTERPRISE", units: ["b2"], total: 2 },
      { category: "EMERGING_SECTOR", units: ["c1"], total: 1 },
    ]);
  });
});
