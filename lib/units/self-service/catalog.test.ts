import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/units/selfService.json";
import zh from "@/lib/core/i18n/messages/zh-CN/units/selfService.json";
import { todoKinds } from "./todo";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("my catalogs", () => {
  it("have the same keys in both languages", () => {
    expect(keysOf(en.home).sort()).toEqual(keysOf(zh.home).sort());
  });

  it("name, explain and link every kind of to-do entry", () => {
    const known = new Set(keysOf(zh.home));
    const needed = todoKinds.flatMap((kind) =>
      ["label", "why", "action"].map((part) => `todo.${kind}.${part}`),
    );
    // These kinds have no record of their own to name, so the catalog names them.
    needed.push("todo.rotationPreferences.subject", "todo.commitments.subject");
    expect(needed.filter((key) => !known.has(key))).toEqual([]);
  });
});
