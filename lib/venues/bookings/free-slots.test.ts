import { describe, expect, it } from "vitest";
import { findFreeSlots, type FreeSlotQuery } from "./free-slots";

const at = (hhmm: string, day = "10") => new Date(`2026-03-${day}T${hhmm}:00+08:00`);
const hour = 3_600_000;

const base: FreeSlotQuery = {
  desiredStart: at("10:00"),
  durationMs: hour,
  bufferMs: 0,
  courts: [1],
  windows: [
    { start: at("08:00"), end: at("22:00") },
    { start: at("08:00", "11"), end: at("22:00", "11") },
  ],
  busy: [{ court: 1, start: at("10:00"), blockedUntil: at("11:00") }],
  notBefore: at("00:00"),
};

const times = (slots: ReturnType<typeof findFreeSlots>) =>
  slots.map((slot) => `${slot.start.toISOString()}/${slot.court}`);

describe("findFreeSlots", () => {
  it("offers the nearest free starts of the same duration around the clash", () => {
    const slots = findFreeSlots(base);
    expect(times(slots)).toEqual([
      `${at("08:45").toISOString()}/1`,
      `${at("09:00").toISOString()}/1`,
      `${at("11:00").toISOString()}/1`,
    ]);
    expect(slots[1]!.end).toEqual(at("10:00")); // back-to-back is free
  });

  it("keeps the buffer after existing bookings and after the new one", () => {
    const slots = findFreeSlots({
      ...base,
      bufferMs: 30 * 60_000,
      busy: [{ court: 1, start: at("10:00"), blockedUntil: at("11:30") }],
      limit: 2,
    });
    // 08:30–09:30 + 30 min buffer ends at 10:00; 11:30 is the first start after the blocked time.
    expect(times(slots)).toEqual([`${at("08:30").toISOString()}/1`, `${at("11:30").toISOString()}/1`]);
  });

  it("stays within opening hours and after the notice time", () => {
    const slots = findFreeSlots({
      ...base,
      windows: [{ start: at("09:00"), end: at("12:00") }],
      notBefore: at("09:30"),
      limit: 5,
    });
    expect(times(slots)).toEqual([`${at("11:00").toISOString()}/1`]);
  });

  it("uses another court when one is free at the same time", () => {
    const slots = findFreeSlots({ ...base, courts: [1, 2], limit: 1 });
    expect(times(slots)).toEqual([`${at("10:00").toISOString()}/2`]);
  });

  it("moves to the next day when the requested day is full, and is empty when nothing fits", () => {
    const full = { court: 1, start: at("08:00"), blockedUntil: at("22:00") };
    const slots = findFreeSlots({ ...base, busy: [full], limit: 1 });
    expect(times(slots)).toEqual([`${at("08:00", "11").toISOString()}/1`]);
    expect(findFreeSlots({ ...base, busy: [full], windows: [base.windows[0]!] })).toEqual([]);
  });
});
