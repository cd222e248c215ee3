import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/meetings/minutes.json";
import zh from "@/lib/core/i18n/messages/zh-CN/meetings/minutes.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("minutes catalogs", () => {
  it("have the same keys in both languages", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it("hold every message key the minutes code returns", () => {
    const folder = __dirname;
    const used = readdirSync(folder)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .flatMap((file) => [
        ...readFileSync(join(folder, file), "utf8").matchAll(/"meetings\.minutes\.([A-Za-z.]+)"/g),
      ])
      .map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(10);
    // Audit action names ("minutes.save") no longer share the catalog's prefix.
    const known = new Set(keysOf(zh));
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
