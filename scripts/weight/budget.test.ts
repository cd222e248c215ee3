import { describe, expect, it } from "vitest";
import {
  budgetFor,
  formatTable,
  gzipBytes,
  isMapCode,
  overBudget,
  scriptSources,
  type PageWeight,
} from "./budget";

const page = (over: Partial<PageWeight>): PageWeight => ({
  path: "/units",
  htmlBytes: 10_000,
  jsGzipBytes: 100_000,
  scripts: 5,
  mapCode: false,
  ...over,
});

describe("scriptSources", () => {
  it("takes the src of each script a modern browser runs once, in order, whatever the quoting and attributes", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script nonce="x">self.__next_f.push([1,"<script src=\'/not-a-tag.js\'>"])</script>',
      "<script async src='/_next/static/chunks/b.js'></script>",
      "<SCRIPT SRC=/_next/static/chunks/c.js></SCRIPT>",
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/x.js?v=1&amp;w=2"></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/d.js">',
    ].join("");
    expect(scriptSources(html)).toEqual([
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/b.js",
      "/_next/static/chunks/c.js",
      "/x.js?v=1&w=2",
    ]);
  });

  it("finds nothing in a page without scripts", () => {
    expect(scriptSources("<html><body><p>src=x</p></body></html>")).toEqual([]);
  });
});

describe("budgets", () => {
  it("allow /plan 100 KB of HTML and other pages 50 KB, 150 KB of JS, the map only on /venues", () => {
    expect(budgetFor("/plan?year=2025")).toEqual({
      htmlBytes: 102_400,
      jsGzipBytes: 153_600,
      mapCode: false,
    });
    expect(budgetFor("/units/x").htmlBytes).toBe(51_200);
    expect(budgetFor("/venues").mapCode).toBe(true);
    expect(budgetFor("/venues/3").mapCode).toBe(false);
  });

  it("pass a page at its budget and name each thing over it", () => {
    expect(overBudget(page({ htmlBytes: 51_200, jsGzipBytes: 153_600 }))).toEqual([]);
    expect(overBudget(page({ htmlBytes: 51_201, jsGzipBytes: 153_601, mapCode: true }))).toEqual([
      "HTML 50.0 KB > 50.0 KB",
      "first-load JS 150.0 KB gzip > 150.0 KB",
      "map code on a page without a map",
    ]);
    expect(overBudget(page({ path: "/plan", htmlBytes: 80_000 }))).toEqual([]);
    expect(overBudget(page({ path: "/venues", mapCode: true }))).toEqual([]);
  });

  it("print one row per page with its verdict", () => {
    const table = formatTable([page({}), page({ path: "/", htmlBytes: 60_000 })]).split("\n");
    expect(table).toHaveLength(3);
    expect(table[1]).toMatch(/^\/units\s+9\.8 KB\s+97\.7 KB\s+5\s+no\s+ok$/);
    expect(table[2]).toContain("OVER: HTML 58.6 KB > 50.0 KB");
  });
});

describe("script contents", () => {
  it("recognise the map library and measure gzip size", () => {
    expect(isMapCode('e.exports={version:"1.9.4"};var c="leaflet-container"')).toBe(true);
    expect(isMapCode('(0,e.jsx)("div",{"data-testid":"venue-map"})')).toBe(true);
    expect(isMapCode("function n(){return React.createElement('div')}")).toBe(false);
    const body = "a".repeat(10_000);
    expect(gzipBytes(body)).toBeGreaterThan(10);
    expect(gzipBytes(body)).toBeLessThan(200);
  });
});
