import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/venues/bookings.json";
import zh from "@/lib/core/i18n/messages/zh-CN/venues/bookings.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

const core = (catalog: typeof en) => keysOf({ errors: catalog.errors, messages: catalog.messages });

describe("bookings catalogs (errors and messages of the booking core)", () => {
  it("have the same keys in both languages", () => {
    expect(core(en).sort()).toEqual(core(zh).sort());
  });

  it("hold every message key the booking core returns", () => {
    const used = readdirSync(__dirname)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .flatMap((file) => [
        ...readFileSync(join(__dirname, file), "utf8").matchAll(
          /"venues\.bookings\.((?:errors|messages)\.[A-Za-z]+)"/g,
        ),
      ])
      .map((match) => match[1]!);
    // Built from a status in a template literal.
    const dynamic = ["requested", "confirmed", "alreadyHandled", "approved", "declined"].map(
      (key) => `messages.${key}`,
    );
    expect(used.length).toBeGreaterThan(15);
    const known = new Set(core(zh));
    expect([...used, ...dynamic].filter((key) => !known.has(key))).toEqual([]);
  });
});
