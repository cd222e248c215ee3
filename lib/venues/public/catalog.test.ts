import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/venues/map.json";
import zh from "@/lib/core/i18n/messages/zh-CN/venues/map.json";
import { venueKinds } from "./filters";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

const root = join(__dirname, "../../..");
const sources = [
  "components/venues/map",
  "app/[locale]/(public)/venues",
  "app/[locale]/(public)/venues/[id]",
].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((file) => file.endsWith(".tsx"))
    .map((file) => readFileSync(join(root, dir, file), "utf8")),
);

describe("venues.map catalogs", () => {
  it("have the same keys in both languages", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it("hold every static key the map's pages use, every kind and weekday", () => {
    const used = sources.flatMap((text) => [...text.matchAll(/\bt\("([A-Za-z.]+)"/g)].map((m) => m[1]!));
    const keys = new Set(keysOf(en));
    const expected = [
      ...used,
      ...venueKinds.map((kind) => `kinds.${kind}`),
      ...[1, 2, 3, 4, 5, 6, 7].map((day) => `weekdays.${day}`),
    ];
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
    expect(used.length).toBeGreaterThan(20);
  });
});
