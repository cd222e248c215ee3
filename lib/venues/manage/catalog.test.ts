import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/venues/manage.json";
import zh from "@/lib/core/i18n/messages/zh-CN/venues/manage.json";
import { venueKinds } from "./schemas";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("venue management catalogs", () => {
  it("have the same keys in both languages", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it("hold every message key the management code returns, and every kind", () => {
    const used = readdirSync(__dirname)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .flatMap((file) => [
        ...readFileSync(join(__dirname, file), "utf8").matchAll(/"venues\.manage\.([A-Za-z.]+)"/g),
      ])
      .map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(10);
    const known = new Set(keysOf(zh));
    expect(used.filter((key) => !known.has(key))).toEqual([]);
    expect(venueKinds.filter((kind) => !known.has(`kinds.${kind}`))).toEqual([]);
  });
});
