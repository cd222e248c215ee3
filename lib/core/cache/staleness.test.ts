import { describe, expect, it } from "vitest";
import { isCacheable, sizeOf, TagRevalidations, tagsOf } from "./staleness";

const page = (status?: number, tags = "_N_T_/layout,_N_T_/zh-CN/units") => ({
  kind: "APP_PAGE",
  status,
  html: "<html></html>",
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags },
});

describe("which rendered results are kept", () => {
  it("keeps successful pages and fetch results", () => {
    expect(isCacheable(page())).toBe(true);
    expect(isCacheable(page(200))).toBe(true);
    expect(isCacheable({ kind: "FETCH", data: {} })).toBe(true);
  });

  it("never keeps a 404, an error, a redirect or an empty result", () => {
    expect(isCacheable(page(404))).toBe(false);
    expect(isCacheable(page(500))).toBe(false);
    expect(isCacheable(page(307))).toBe(false);
    expect(isCacheable(null)).toBe(false);
    expect(isCacheable({ kind: "IMAGE" })).toBe(false);
  });
});

describe("an entry's tags and size", () => {
  it("reads a page's tags, implicit path tags included, from its tags header", () => {
    expect(tagsOf(page())).toEqual(["_N_T_/layout", "_N_T_/zh-CN/units"]);
    expect(tagsOf({ kind: "APP_PAGE", headers: {} })).toEqual([]);
  });

  it("takes a fetch result's tags from the call", () => {
    expect(tagsOf({ kind: "FETCH" }, ["units"])).toEqual(["units"]);
  });

  it("counts the html, the RSC payload and its segments", () => {
    const value = { ...page(), segmentData: new Map([["/a", Buffer.alloc(100)]]) };
    expect(sizeOf(value)).toBe("<html></html>".length + 3 + 100 + 1_024);
  });
});

describe("the staleness rule", () => {
  it("an entry stored before its tag was revalidated is stale; one stored after is fresh", () => {
    const tags = new TagRevalidations();
    tags.revalidate(["_N_T_/zh-CN/units"], 1_000);
    expect(tags.isStale(["_N_T_/layout", "_N_T_/zh-CN/units"], 999)).toBe(true);
    expect(tags.isStale(["_N_T_/zh-CN/units"], 1_000)).toBe(true);
    expect(tags.isStale(["_N_T_/zh-CN/units"], 1_001)).toBe(false);
  });

  it("a revalidation of another tag leaves the entry fresh", () => {
    const tags = new TagRevalidations();
    tags.revalidate(["_N_T_/zh-CN/plan"], 1_000);
    expect(tags.isStale(["_N_T_/zh-CN/units"], 500)).toBe(false);
  });

  it("revalidating everything makes every older entry stale", () => {
    const tags = new TagRevalidations();
    tags.revalidateAll(1_000);
    expect(tags.isStale([], 1_000)).toBe(true);
    expect(tags.isStale(["any"], 1_001)).toBe(false);
  });

  it("forgetting old tags errs towards stale, never towards serving an old page", () => {
    const tags = new TagRevalidations(2);
    tags.revalidate(["a"], 100);
    tags.revalidate(["b"], 200);
    tags.revalidate(["c"], 300); // a is forgotten: everything stored up to 100 is stale
    expect(tags.isStale(["a"], 50)).toBe(true);
    expect(tags.isStale(["unrelated"], 100)).toBe(true);
    expect(tags.isStale(["unrelated"], 101)).toBe(false);
    expect(tags.isStale(["b"], 150)).toBe(true);
    expect(tags.isStale(["c"], 301)).toBe(false);
  });
});
