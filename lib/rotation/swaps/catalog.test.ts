import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/rotation/unit.json";
import zh from "@/lib/core/i18n/messages/zh-CN/rotation/unit.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

// Every "rotationMy.…" key the swap and preference code returns exists in the catalogs.
const sourceDirs = [__dirname, join(__dirname, "../preferences")];

describe("rotationMy catalogs", () => {
  it("have the same keys in both languages", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it("hold every message key the swap and preference code returns", () => {
    const used = sourceDirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
        .flatMap((file) => [
          ...readFileSync(join(dir, file), "utf8").matchAll(/"rotation\.unit\.([A-Za-z.]+)"/g),
        ])
        .map((match) => match[1]!),
    );
    expect(used.length).toBeGreaterThan(20);
    const known = new Set(keysOf(zh));
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
