import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/venues/bookings.json";
import zh from "@/lib/core/i18n/messages/zh-CN/venues/bookings.json";

// The booking screens' texts live under bookings.ui (the booking core owns errors and messages).
const root = join(__dirname, "..", "..", "..");
const screens = [
  "components/venues/bookings/booking-form.tsx",
  "components/venues/bookings/booking-actions.tsx",
  "components/venues/bookings/booking-list.tsx",
  "app/[locale]/(member)/venues/[id]/book/page.tsx",
  "app/[locale]/(member)/my/bookings/page.tsx",
];

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("bookings.ui catalogs", () => {
  it("have the same keys in both languages", () => {
    expect(Object.keys(en.ui).sort()).toEqual(Object.keys(zh.ui).sort());
  });

  it("hold every key the booking screens use", () => {
    const used = screens.flatMap((file) =>
      [...readFileSync(join(root, file), "utf8").matchAll(/\bt\("([A-Za-z]+)"/g)].map((match) => match[1]!),
    );
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !(key in zh.ui))).toEqual([]);
  });

  it("hold the day view's texts, every slot state included, in both languages", () => {
    expect(keysOf(en.day).sort()).toEqual(keysOf(zh.day).sort());
    const view = readFileSync(join(root, "components/venues/bookings/day-view.tsx"), "utf8");
    const used = [...view.matchAll(/\bt\("([A-Za-z]+)"/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !(key in zh.day))).toEqual([]);
    const states = ["free", "busy", "buffer", "past", "tooSoon", "tooFar", "closed"];
    expect(Object.keys(zh.day.states).sort()).toEqual(states.sort());
  });
});
