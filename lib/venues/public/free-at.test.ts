import { describe, expect, it } from "vitest";
import { hasFreeCourt, isOpenDuring } from "./free-at";

const at = (iso: string) => new Date(iso);
// 2026-12-02 is a Wednesday; 10:00 Beijing = 02:00 UTC.
const window = { start: at("2026-12-02T02:00:00Z"), end: at("2026-12-02T03:00:00Z") };
const daily = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 480, closesAt: 1320 }));

describe("isOpenDuring", () => {
  it("is open inside the weekday's hours", () => {
    expect(isOpenDuring(daily, [], window)).toBe(true);
  });
  it("is closed on a weekday without a row", () => {
    expect(
      isOpenDuring(
        daily.filter((h) => h.weekday !== 3),
        [],
        window,
      ),
    ).toBe(false);
  });
  it("is closed on a closed date", () => {
    expect(isOpenDuring(daily, ["2026-12-02"], window)).toBe(false);
  });
  it("needs the whole window inside the hours (end at closing is fine)", () => {
    const late = { start: at("2026-12-02T13:00:00Z"), end: at("2026-12-02T14:00:00Z") }; // 21–22
    expect(isOpenDuring(daily, [], late)).toBe(true);
    const over = { start: at("2026-12-02T13:30:00Z"), end: at("2026-12-02T14:30:00Z") };
    expect(isOpenDuring(daily, [], over)).toBe(false);
    const early = { start: at("2026-12-01T23:30:00Z"), end: at("2026-12-02T00:30:00Z") }; // 07:30
    expect(isOpenDuring(daily, [], early)).toBe(false);
  });
});

describe("hasFreeCourt", () => {
  const booking = (court: number, from: string, until: string) => ({
    court,
    startsAt: at(from),
    blockedUntil: at(until),
  });
  it("is free with no bookings", () => {
    expect(hasFreeCourt(1, [], window, 0)).toBe(true);
  });
  it("is busy when the only court overlaps", () => {
    expect(hasFreeCourt(1, [booking(1, "2026-12-02T02:30:00Z", "2026-12-02T03:30:00Z")], window, 0)).toBe(
      false,
    );
  });
  it("is free when another court is free", () => {
    expect(hasFreeCourt(2, [booking(1, "2026-12-02T02:30:00Z", "2026-12-02T03:30:00Z")], window, 0)).toBe(
      true,
    );
  });
  it("allows back-to-back bookings", () => {
    expect(hasFreeCourt(1, [booking(1, "2026-12-02T03:00:00Z", "2026-12-02T04:00:00Z")], window, 0)).toBe(
      true,
    );
    expect(hasFreeCourt(1, [booking(1, "2026-12-02T01:00:00Z", "2026-12-02T02:00:00Z")], window, 0)).toBe(
      true,
    );
  });
  it("counts the buffer of the new booking and of existing ones", () => {
    const next = booking(1, "2026-12-02T03:10:00Z", "2026-12-02T04:00:00Z");
    expect(hasFreeCourt(1, [next], window, 15)).toBe(false);
    expect(hasFreeCourt(1, [next], window, 10)).toBe(true);
    const before = booking(1, "2026-12-02T01:00:00Z", "2026-12-02T02:15:00Z"); // ended 02:00 + 15 buffer
    expect(hasFreeCourt(1, [before], window, 0)).toBe(false);
  });
});
