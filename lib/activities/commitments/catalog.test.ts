import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/activities/commitments.json";
import zh from "@/lib/core/i18n/messages/zh-CN/activities/commitments.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

const root = join(__dirname, "..", "..", "..");
const sources = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => ext.test(file) && !file.endsWith(".test.ts"))
    .map((file) => readFileSync(join(root, dir, file), "utf8"));

describe("commitments catalogs", () => {
  it("have the same keys in both languages", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it("hold every key the commitments code returns and its pages show", () => {
    const known = new Set(keysOf(zh));
    const returned = sources("lib/activities/commitments", /\.ts$/).flatMap((text) =>
      [...text.matchAll(/"activities\.commitments\.([A-Za-z.]+)"/g)].map((m) => m[1]!),
    );
    const shown = [
      ...sources("components/activities/commitments", /\.tsx$/),
      ...sources("app/[locale]/(member)/my/commitments", /\.tsx$/),
      ...sources("app/[locale]/(admin)/admin/commitments", /\.tsx$/),
    ].flatMap((text) => [...text.matchAll(/\bt\("([A-Za-z.]+)"/g)].map((m) => m[1]!));
    expect(returned.length).toBeGreaterThan(20);
    expect(shown.length).toBeGreaterThan(40);
    expect([...returned, ...shown].filter((key) => !known.has(key))).toEqual([]);
  });
});
