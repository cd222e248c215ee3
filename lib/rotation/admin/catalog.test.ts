import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/rotation/admin.json";
import zh from "@/lib/core/i18n/messages/zh-CN/rotation/admin.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("rotation catalogs", () => {
  it("have the same keys in both languages", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it("hold every message key the admin rotation code returns", () => {
    const used = readdirSync(__dirname)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .flatMap((file) => [
        ...readFileSync(join(__dirname, file), "utf8").matchAll(/"rotation\.admin\.([A-Za-z.]+)"/g),
      ])
      .map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(20);
    // Audit action names and permissions ("rotation.publish") no longer share the catalog's prefix.
    const known = new Set(keysOf(zh));
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
