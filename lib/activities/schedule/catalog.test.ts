import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/activities/participation.json";
import zh from "@/lib/core/i18n/messages/zh-CN/activities/participation.json";
import type { NextStep } from "@/lib/activities/lifecycle/next-step";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

const steps: NextStep[] = [
  "schedule",
  "openSignUp",
  "gatherSignUps",
  "checkIn",
  "report",
  "fixReport",
  "awaitReview",
  "finished",
  "cancelled",
];

describe("the schedule and next-step catalogs", () => {
  it("have the same keys in both languages", () => {
    const part = (catalog: typeof en) => keysOf({ schedule: catalog.schedule, next: catalog.next }).sort();
    expect(part(en)).toEqual(part(zh));
  });

  it("name every step, and every message the schedule code returns", () => {
    const known = new Set(keysOf(zh));
    const used = readdirSync(__dirname)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .flatMap((file) => [
        ...readFileSync(join(__dirname, file), "utf8").matchAll(
          /"activities\.participation\.(schedule\.[A-Za-z]+)"/g,
        ),
      ])
      .map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(8);
    const wanted = [...used, ...steps.flatMap((step) => [`next.steps.${step}`, `next.short.${step}`])];
    expect(wanted.filter((key) => !known.has(key))).toEqual([]);
  });
});
