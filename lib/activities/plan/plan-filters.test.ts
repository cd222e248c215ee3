import { describe, expect, it } from "vitest";
import { routeListPage } from "@/lib/core/site/list-query";
import {
  hasActiveFilters,
  LEAD_UNIT_CHOICES_MAX,
  leadUnitChoices,
  MAX_INT4,
  parseActivityId,
  parsePlanFilters,
  planFeedList,
  planFeedYear,
  planHref,
  planList,
} from "./plan-filters";

const DEFAULT_YEAR = 2026;

describe("parsePlanFilters", () => {
  it("uses the default year and no other filters when the URL has no parameters", () => {
    expect(parsePlanFilters({}, DEFAULT_YEAR)).toEqual({ year: DEFAULT_YEAR });
  });

  it("accepts every filter when all values are valid", () => {
    const filters = parsePlanFilters(
      {
        year: "2023",
        month: "3",
        type: "TREE_PLANTING",
        commitment: "LIVELIHOOD",
        unit: "china-post-zhenjiang",
        q: "  植树  ",
      },
      DEFAULT_YEAR,
    );
    expect(filters).toEqual({
      year: 2023,
      month: 3,
      type: "TREE_PLANTING",
      commitment: "LIVELIHOOD",
      unit: "china-post-zhenjiang",
      q: "植树",
    });
  });

  it.each([
    ["a word", "abc"],
    ["a two-digit number", "23"],
    ["a five-digit number", "20230"],
    ["a year before 2000", "1999"],
    ["a year after 2100", "2101"],
    ["a decimal", "2023.5"],
    ["an empty string", ""],
  ])("falls back to the default year when year is %s", (_label, year) => {
    expect(parsePlanFilters({ year }, DEFAULT_YEAR).year).toBe(DEFAULT_YEAR);
  });

  it("accepts months 1 to 12, with or without a leading zero", () => {
    expect(parsePlanFilters({ month: "1" }, DEFAULT_YEAR).month).toBe(1);
    expect(parsePlanFilters({ month: "03" }, DEFAULT_YEAR).month).toBe(3);
    expect(parsePlanFilters({ month: "12" }, DEFAULT_YEAR).month).toBe(12);
  });

  it.each(["0", "13", "-1", "1e1", "march", " 3", ""])("ignores the invalid month %j", (month) => {
    expect(parsePlanFilters({ month }, DEFAULT_YEAR)).toEqual({ year: DEFAULT_YEAR });
  });

  it("ignores unknown activity types and commitments, including wrong letter case", () => {
    expect(parsePlanFilters({ type: "PICNIC", commitment: "livelihood" }, DEFAULT_YEAR)).toEqual({
      year: DEFAULT_YEAR,
    });
  });

  it("ignores a parameter given more than once instead of picking one", () => {
    expect(
      parsePlanFilters({ year: ["2023", "2024"], month: ["3", "4"], q: ["a", "b"] }, DEFAULT_YEAR),
    ).toEqual({ year: DEFAULT_YEAR });
  });

  it("ignores a unit slug with capitals, spaces or more than 60 characters", () => {
    for (const unit of ["China-Post", "china post", "a".repeat(61), "../etc"]) {
      expect(parsePlanFilters({ unit }, DEFAULT_YEAR).unit).toBeUndefined();
    }
    expect(parsePlanFilters({ unit: "a".repeat(60) }, DEFAULT_YEAR).unit).toBe("a".repeat(60));
  });

  it("ignores a blank or huge search text", () => {
    expect(parsePlanFilters({ q: "   " }, DEFAULT_YEAR).q).toBeUndefined();
    expect(parsePlanFilters({ q: "x".repeat(100_000) }, DEFAULT_YEAR).q).toBeUndefined();
    expect(parsePlanFilters({ q: "x".repeat(100) }, DEFAULT_YEAR).q).toBe("x".repeat(100));
  });

  it("keeps the valid filters when others are invalid", () => {
    expect(parsePlanFilters({ year: "abc", month: "5", type: "NOPE" }, DEFAULT_YEAR)).toEqual({
      year: DEFAULT_YEAR,
      month: 5,
    });
  });
});

describe("hasActiveFilters", () => {
  it("is false when only the year is set", () => {
    expect(hasActiveFilters({ year: 2023 })).toBe(false);
  });

  it("is true when any narrowing filter is set", () => {
    expect(hasActiveFilters({ year: 2023, month: 1 })).toBe(true);
    expect(hasActiveFilters({ year: 2023, q: "读书" })).toBe(true);
    expect(hasActiveFilters({ year: 2023, unit: "demo-bus" })).toBe(true);
  });
});

describe("planHref", () => {
  it("links to the bare list when no filters are given", () => {
    expect(planHref({})).toBe("/plan");
  });

  it("leaves out the year when it is the default year", () => {
    expect(planHref({ year: 2026, month: 3 }, 2026)).toBe("/plan?month=3");
    expect(planHref({ year: 2023 }, 2026)).toBe("/plan?year=2023");
  });

  it("encodes the search text so that the link round-trips through the parser", () => {
    const href = planHref({ year: 2023, q: "读书 & 交流" });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parsePlanFilters(params, 2026)).toEqual({ year: 2023, q: "读书 & 交流" });
  });
});

describe("parseActivityId", () => {
  it("accepts positive integers up to the largest Postgres integer", () => {
    expect(parseActivityId("1")).toBe(1);
    expect(parseActivityId("42")).toBe(42);
    expect(parseActivityId(String(MAX_INT4))).toBe(MAX_INT4);
  });

  it.each(["0", "-1", "01", "1.5", "abc", "1e3", "", " 1", String(MAX_INT4 + 1), "99999999999"])(
    "rejects %j",
    (raw) => {
      expect(parseActivityId(raw)).toBeNull();
    },
  );

  it("rejects values that are not strings", () => {
    expect(parseActivityId(undefined)).toBeNull();
    expect(parseActivityId(["1"])).toBeNull();
    expect(parseActivityId(1)).toBeNull();
  });
});

describe("planList (how proxy.ts routes /plan)", () => {
  const route = (search: string) => routeListPage([planList], "/plan", search);

  it("caches every filter but the search text, one segment each in planHref's order", () => {
    const href = planHref({
      year: 2026,
      month: 3,
      type: "TREE_PLANTING",
      commitment: "LIVELIHOOD",
      unit: "post",
    });
    expect(route(href.slice("/plan".length))).toEqual({
      rewrite: "/plan/year-2026/month-3/type-TREE_PLANTING/commitment-LIVELIHOOD/unit-post",
      cached: true,
    });
  });

  it("redirects what the filter form sends (empty fields, another order) to the canonical query", () => {
    expect(route("?year=2026&q=&month=&type=TREE_PLANTING&commitment=&unit=")).toEqual({
      redirect: "/plan?year=2026&type=TREE_PLANTING",
    });
    expect(route("?month=03&year=2026")).toEqual({ redirect: "/plan?year=2026&month=3" });
  });

  it("drops junk values and unknown parameters", () => {
    expect(route("?year=abc&month=13&type=NOPE&unit=%00&utm_source=x")).toEqual({ redirect: "/plan" });
    expect(route("?year=1999")).toEqual({ redirect: "/plan" });
  });

  it("caches later pages as a last segment, and sends page 1 or a junk page to the bare list", () => {
    expect(route(planHref({ year: 2026, type: "TREE_PLANTING", page: 3 }).slice("/plan".length))).toEqual({
      rewrite: "/plan/year-2026/type-TREE_PLANTING/page-3",
      cached: true,
    });
    expect(route("?page=1")).toEqual({ redirect: "/plan" });
    expect(route("?page=02&year=2026")).toEqual({ redirect: "/plan?year=2026" });
    expect(planHref({ year: 2026, page: 1 })).toBe("/plan?year=2026");
  });

  it("renders a search per request", () => {
    expect(route("?year=2026&q=%E6%A4%8D%E6%A0%91")).toEqual({
      rewrite: "/plan/_search?year=2026&q=%E6%A4%8D%E6%A0%91",
      cached: false,
    });
  });
});

describe("planFeedList (how proxy.ts routes /plan.ics)", () => {
  const route = (search: string) => routeListPage([planFeedList], "/plan.ics", search);

  it("serves each year's feed from its own cached route, and no year from the feed itself", () => {
    expect(route("?year=2026")).toEqual({ rewrite: "/plan.ics/year-2026", cached: true });
    expect(route("")).toEqual({ rewrite: "/plan.ics", cached: true });
  });

  it("redirects anything but one valid year to the canonical feed", () => {
    expect(route("?year=2026&month=3&utm_source=x")).toEqual({ redirect: "/plan.ics?year=2026" });
    expect(route("?year=99999")).toEqual({ redirect: "/plan.ics" });
    expect(route("?year=2026&year=2027")).toEqual({ redirect: "/plan.ics" });
    expect(route("?t=1700000000")).toEqual({ redirect: "/plan.ics" });
  });

  it("sends the internal routes typed by hand back to the public address", () => {
    expect(routeListPage([planFeedList], "/plan.ics/year-2026", "")).toEqual({
      redirect: "/plan.ics?year=2026",
    });
    expect(routeListPage([planFeedList], "/plan.ics/junk", "")).toEqual({
      rewrite: "/plan.ics/-",
      cached: true,
    });
  });

  it("is not confused with the plan page's routes", () => {
    expect(routeListPage([planList, planFeedList], "/plan.ics", "?year=2026")).toEqual({
      rewrite: "/plan.ics/year-2026",
      cached: true,
    });
    expect(routeListPage([planList, planFeedList], "/plan", "?year=2026")).toEqual({
      rewrite: "/plan/year-2026",
      cached: true,
    });
  });
});

describe("planFeedYear", () => {
  it("reads the year of a canonical feed route, this year without one", () => {
    expect(planFeedYear(["year-2031"], DEFAULT_YEAR)).toBe(2031);
    expect(planFeedYear([], DEFAULT_YEAR)).toBe(DEFAULT_YEAR);
  });

  it("refuses segments no canonical query makes (the feed answers 404)", () => {
    for (const segments of [["-"], ["year-99999"], ["year-2026", "month-3"], ["month-3"], ["year-02026"]]) {
      expect(planFeedYear(segments, DEFAULT_YEAR), segments.join("/")).toBeNull();
    }
  });
});

describe("leadUnitChoices", () => {
  const units = (count: number) => Array.from({ length: count }, (_, i) => ({ slug: `unit-${i + 1}` }));

  it("offers every lead unit while a phone can scan them", () => {
    const few = units(LEAD_UNIT_CHOICES_MAX);
    expect(leadUnitChoices(few, undefined)).toEqual(few);
    expect(leadUnitChoices(few, "unit-3")).toEqual(few);
  });

  it("beyond that offers only the unit filtered by, and none when there is none", () => {
    const many = units(LEAD_UNIT_CHOICES_MAX + 1);
    expect(leadUnitChoices(many, "unit-7")).toEqual([{ slug: "unit-7" }]);
    expect(leadUnitChoices(many, undefined)).toEqual([]);
    expect(leadUnitChoices(many, "no-such-unit")).toEqual([]);
  });
});
