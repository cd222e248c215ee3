import { describe, expect, it } from "vitest";
import { slug } from "@/lib/core/forms/fields";
import { suggestShortName, suggestSlug } from "./suggest-unit-names";

describe("suggestShortName", () => {
  it.each([
    ["华电句容发电公司团委", "华电句容发电公司"],
    ["江苏南昆仑律师事务所团支部", "江苏南昆仑律师事务所"],
    ["某某集团团总支", "某某集团"],
    ["团委", "团委"],
  ])("%s → %s", (input, expected) => expect(suggestShortName(input)).toBe(expected));

  it("stays within 40 characters", () => {
    expect(suggestShortName("很".repeat(80))).toHaveLength(40);
  });
});

describe("suggestSlug", () => {
  it("uses the Latin words of the name", () => {
    expect(suggestSlug("Jiangsu ABC Tech Co. 团委", "RZ26-7K3QX9")).toBe("jiangsu-abc-tech-co");
  });

  it("falls back to the reference code for names without Latin letters", () => {
    expect(suggestSlug("瑞祥科技集团团委", "RZ26-7K3QX9")).toBe("unit-7k3qx9");
    expect(suggestSlug("第2团支部", "RZ26-ABCDEF")).toBe("unit-abcdef");
  });

  it("always satisfies the slug rule", () => {
    for (const name of ["Ünïcode Café 团委", "Ünïcode", "A--B", "x".repeat(200), "中国移动 5G"]) {
      expect(slug.safeParse(suggestSlug(name, "RZ26-ABCDEF")).success, name).toBe(true);
    }
  });
});

it("drops accents rather than splitting words at them", () => {
  expect(suggestSlug("Café Ünïon", "RZ26-ABCDEF")).toBe("cafe-union");
});
