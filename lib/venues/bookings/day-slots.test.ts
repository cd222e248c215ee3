import { describe, expect, it } from "vitest";
import { buildDayView, parseDayParam, type DayViewInput } from "./day-slots";

// 2026-03-10 is a Tuesday (weekday 2). Times are Beijing wall time.
const at = (hhmm: string, day = "10") => new Date(`2026-03-${day}T${hhmm}:00+08:00`);
const everyDay = (opensAt: number, closesAt: number) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt, closesAt }));

const base: DayViewInput = {
  date: "2026-03-10",
  venue: {
    quantity: 1,
    minNoticeHours: 0,
    maxAdvanceDays: 60,
    maxDurationMinutes: 240,
    bufferMinutes: 0,
    openingHours: everyDay(8 * 60, 12 * 60),
    closedDates: [],
  },
  busy: [],
  now: at("00:00", "01"),
};

/** "start-end:state" per slot, one court. */
const states = (input: DayViewInput, court = 1) =>
  buildDayView(input).slots.map(
    (slot) => `${slot.start}-${slot.end}:${slot.courts.find((c) => c.court === court)!.state}`,
  );

describe("buildDayView", () => {
  it("cuts the opening hours into hour slots and greys the hours outside them as closed", () => {
    expect(states(base)).toEqual([
      "00:00-08:00:closed",
      "08:00-09:00:free",
      "09:00-10:00:free",
      "10:00-11:00:free",
      "11:00-12:00:free",
      "12:00-24:00:closed",
    ]);
    expect(buildDayView(base).state).toBe("open");
  });

  it("ends with a shorter slot when the hours do not divide, and no closed slot after 24:00", () => {
    const venue = { ...base.venue, openingHours: everyDay(8 * 60 + 30, 24 * 60) };
    const slots = states({ ...base, venue });
    expect(slots.at(-1)).toBe("23:30-24:00:free");
    expect(slots[0]).toBe("00:00-08:30:closed");
  });

  it("has no slots on a closed date or a weekday without opening hours", () => {
    const closedDate = { ...base.venue, closedDates: ["2026-03-10"] };
    expect(buildDayView({ ...base, venue: closedDate })).toEqual({
      date: "2026-03-10",
      state: "closed",
      slots: [],
    });
    const noTuesday = { ...base.venue, openingHours: everyDay(480, 720).filter((row) => row.weekday !== 2) };
    expect(buildDayView({ ...base, venue: noTuesday }).state).toBe("closed");
  });

  it("marks booked hours busy and keeps back-to-back slots free", () => {
    const busy = [{ court: 1, startsAt: at("09:00"), endsAt: at("10:00"), blockedUntil: at("10:00") }];
    expect(states({ ...base, busy }).slice(1, 4)).toEqual([
      "08:00-09:00:free",
      "09:00-10:00:busy",
      "10:00-11:00:free",
    ]);
  });

  it("keeps the buffer after a booking and before it (this slot's own changeover time)", () => {
    const venue = { ...base.venue, bufferMinutes: 30 };
    const busy = [{ court: 1, startsAt: at("10:00"), endsAt: at("10:30"), blockedUntil: at("11:00") }];
    expect(states({ ...base, venue, busy }).slice(1, 5)).toEqual([
      "08:00-09:00:free",
      "09:00-10:00:buffer", // 10:00 + its own 30 minutes reaches into the booking
      "10:00-11:00:busy",
      "11:00-12:00:free", // the booking blocks until 11:00 only
    ]);
  });

  it("tells each court apart where the venue has several", () => {
    const venue = { ...base.venue, quantity: 3 };
    const busy = [{ court: 2, startsAt: at("08:00"), endsAt: at("09:00"), blockedUntil: at("09:00") }];
    const first = buildDayView({ ...base, venue, busy }).slots[1]!;
    expect(first.courts).toEqual([
      { court: 1, state: "free" },
      { court: 2, state: "busy" },
      { court: 3, state: "free" },
    ]);
  });

  it("greys past hours today, the minimum notice and whole past days", () => {
    const venue = { ...base.venue, minNoticeHours: 1 };
    expect(states({ ...base, venue, now: at("09:30") }).slice(1, 5)).toEqual([
      "08:00-09:00:past",
      "09:00-10:00:past",
      "10:00-11:00:tooSoon", // starts within the hour of notice
      "11:00-12:00:free",
    ]);
    const yesterday = buildDayView({ ...base, now: at("09:00", "11") });
    expect(yesterday.state).toBe("past");
    expect(yesterday.slots.filter((slot) => slot.courts[0]!.state === "free")).toEqual([]);
  });

  it("greys days beyond the advance limit and caps slots at the longest booking", () => {
    const venue = { ...base.venue, maxAdvanceDays: 3, maxDurationMinutes: 45 };
    const far = buildDayView({ ...base, venue, now: at("12:00", "01") });
    expect(far.state).toBe("tooFar");
    expect(far.slots.slice(1).every((slot) => ["tooFar", "closed"].includes(slot.courts[0]!.state))).toBe(
      true,
    );
    expect(states({ ...base, venue, now: at("00:00", "09") }).slice(1, 3)).toEqual([
      "08:00-08:45:free",
      "08:45-09:30:free",
    ]);
  });
});

describe("parseDayParam", () => {
  it("takes a real date and falls back on anything else", () => {
    expect(parseDayParam("2026-02-28", "2026-03-01")).toBe("2026-02-28");
    expect(parseDayParam("2026-02-30", "2026-03-01")).toBe("2026-03-01");
    expect(parseDayParam(["x"], "2026-03-01")).toBe("2026-03-01");
    expect(parseDayParam(undefined, "2026-03-01")).toBe("2026-03-01");
  });
});
