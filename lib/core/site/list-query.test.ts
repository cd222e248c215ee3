import { describe, expect, it } from "vitest";
import { readSegments, routeListPage, single, type ListPage } from "./list-query";

/** A list with a cached `year`, a cached `kind` (two values) and a per-request search `q`. */
const list: ListPage = {
  path: "/list",
  cachedRoot: "/list/_f",
  searchRoute: "/list/_search",
  cachedKeys: ["year", "kind"],
  canonical(params) {
    const pairs: [string, string][] = [];
    const year = single(params, "year");
    if (year && /^20\d\d$/.test(year)) pairs.push(["year", year]);
    const kind = single(params, "kind");
    if (kind === "A" || kind === "B") pairs.push(["kind", kind]);
    const q = single(params, "q")?.trim();
    if (q) pairs.push(["q", q]);
    return pairs;
  },
};
const catchAll: ListPage = { ...list, path: "/all", cachedRoot: "/all", searchRoute: null };

describe("routeListPage", () => {
  it("rewrites a canonical query of cached filters to one segment per filter", () => {
    expect(routeListPage([list], "/list", "?year=2026&kind=A")).toEqual({
      rewrite: "/list/_f/year-2026/kind-A",
      cached: true,
    });
  });

  it("serves the bare address from its own cached route", () => {
    expect(routeListPage([list], "/list", "")).toEqual({ rewrite: "/list", cached: true });
  });

  it("redirects to the canonical order", () => {
    expect(routeListPage([list], "/list", "?kind=A&year=2026")).toEqual({
      redirect: "/list?year=2026&kind=A",
    });
  });

  it("drops unknown parameters, junk values, repeats and empty form fields", () => {
    expect(routeListPage([list], "/list", "?utm=x&year=1999&kind=A&kind=B&q=")).toEqual({
      redirect: "/list",
    });
    expect(routeListPage([list], "/list", "?year=2026&kind=&q=%20")).toEqual({ redirect: "/list?year=2026" });
  });

  it("sends free text to the per-request route with the canonical query", () => {
    expect(routeListPage([list], "/list", "?year=2026&q=a+b")).toEqual({
      rewrite: "/list/_search?year=2026&q=a+b",
      cached: false,
    });
  });

  it("reaches a canonical query after one redirect, whatever the escapes", () => {
    for (const search of ["?q=a%20b", "?q=%E0%A4%A", "?q=%", "?q=%uD800", "?q=x%0d%0aSet-Cookie:x=1"]) {
      const first = routeListPage([list], "/list", search);
      expect(first).toHaveProperty("redirect");
      const target = (first as { redirect: string }).redirect;
      const second = routeListPage([list], "/list", target.slice("/list".length));
      expect(second).toMatchObject({ cached: false });
    }
  });

  it("sends the internal routes typed by hand back to the public address", () => {
    expect(routeListPage([list], "/list/_search", "?q=x")).toEqual({ redirect: "/list?q=x" });
    expect(routeListPage([list], "/list/_f/year-2026", "")).toEqual({ redirect: "/list?year=2026" });
    expect(routeListPage([catchAll], "/all/year-2026/kind-B", "")).toEqual({
      redirect: "/all?year=2026&kind=B",
    });
  });

  it("leaves other addresses to their pages", () => {
    expect(routeListPage([list], "/list/42", "?year=2026")).toBeNull();
    expect(routeListPage([list], "/other", "?year=2026")).toBeNull();
  });

  it("sends segments that are no canonical filter to one path the page refuses", () => {
    for (const path of ["/all/kind-B/year-2026", "/all/q-text", "/all/%E0%A4%A", "/all/year-2026/"]) {
      expect(routeListPage([catchAll], path, "")).toEqual({ rewrite: "/all/-", cached: true });
    }
    expect(readSegments(catchAll, ["-"])).toBeNull();
  });
});

describe("readSegments", () => {
  it("gives the query of canonical segments", () => {
    expect(readSegments(list, ["year-2026", "kind-B"])?.toString()).toBe("year=2026&kind=B");
    expect(readSegments(catchAll, [])?.toString()).toBe("");
  });

  it.each([
    ["another order", ["kind-B", "year-2026"]],
    ["a junk value", ["year-1999"]],
    ["an unknown filter", ["page-2"]],
    ["a repeated filter", ["kind-A", "kind-A"]],
    ["a segment without a name", ["-2026"]],
    ["a segment without a dash", ["2026"]],
    ["free text", ["q-text"]],
  ])("refuses %s", (_label, segments) => {
    expect(readSegments(list, segments)).toBeNull();
  });
});
