import { describe, expect, it } from "vitest";
import { alternateLinks, localizePath, readLocaleRoute, stripLocale } from "./locale-route";

describe("readLocaleRoute", () => {
  it("reads /en/… as English with the rest of the path", () => {
    expect(readLocaleRoute("/en/plan")).toEqual({ kind: "prefixed", locale: "en", rest: "/plan" });
    expect(readLocaleRoute("/en")).toEqual({ kind: "prefixed", locale: "en", rest: "/" });
  });

  it("reads /zh-CN/… as prefixed so the proxy can send it to the address without it", () => {
    expect(readLocaleRoute("/zh-CN/units/a")).toEqual({
      kind: "prefixed",
      locale: "zh-CN",
      rest: "/units/a",
    });
  });

  it("reads every other address as unprefixed Chinese, including look-alikes", () => {
    expect(readLocaleRoute("/plan")).toEqual({ kind: "unprefixed", rest: "/plan" });
    expect(readLocaleRoute("/")).toEqual({ kind: "unprefixed", rest: "/" });
    expect(readLocaleRoute("/english/plan")).toEqual({ kind: "unprefixed", rest: "/english/plan" });
    expect(readLocaleRoute("/EN/plan")).toEqual({ kind: "unprefixed", rest: "/EN/plan" });
  });
});

describe("localizePath", () => {
  it("adds /en for English and keeps query and hash", () => {
    expect(localizePath("/plan?year=2026#a", "en")).toBe("/en/plan?year=2026#a");
    expect(localizePath("/", "en")).toBe("/en");
    expect(localizePath("/?x=1", "en")).toBe("/en?x=1");
  });

  it("gives Chinese addresses without a prefix, removing one that is there", () => {
    expect(localizePath("/en/my/inbox", "zh-CN")).toBe("/my/inbox");
    expect(localizePath("/en", "zh-CN")).toBe("/");
    expect(localizePath("/plan", "zh-CN")).toBe("/plan");
  });

  it("never doubles a prefix", () => {
    expect(localizePath("/en/plan", "en")).toBe("/en/plan");
    expect(stripLocale("/en/en/plan")).toBe("/en/plan");
  });
});

describe("alternateLinks", () => {
  it("names the Chinese, English and default address of a page", () => {
    expect(alternateLinks("/plan", "https://portal.example.cn")).toBe(
      '<https://portal.example.cn/plan>; rel="alternate"; hreflang="zh-CN", ' +
        '<https://portal.example.cn/en/plan>; rel="alternate"; hreflang="en", ' +
        '<https://portal.example.cn/plan>; rel="alternate"; hreflang="x-default"',
    );
  });
});
