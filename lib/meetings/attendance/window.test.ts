import { describe, expect, it } from "vitest";
import { canRecordAttendance, checkinOpensAt, checkinWindowState, meetingEndsAt } from "./window";

const startsAt = new Date("2026-03-10T02:00:00Z");
const endsAt = new Date("2026-03-10T04:00:00Z");
const at = (iso: string) => new Date(iso);

describe("check-in window", () => {
  const meeting = { startsAt, endsAt, status: "SCHEDULED" };

  it("opens one hour before the start", () => {
    expect(checkinOpensAt(meeting)).toEqual(at("2026-03-10T01:00:00Z"));
    expect(checkinWindowState(meeting, at("2026-03-10T00:59:59Z"))).toBe("notYet");
    expect(checkinWindowState(meeting, at("2026-03-10T01:00:00Z"))).toBe("open");
  });

  it("closes at the end", () => {
    expect(checkinWindowState(meeting, at("2026-03-10T03:59:59Z"))).toBe("open");
    expect(checkinWindowState(meeting, endsAt)).toBe("closed");
  });

  it("assumes four hours when the meeting has no end", () => {
    const open = { startsAt, endsAt: null, status: "SCHEDULED" };
    expect(meetingEndsAt(open)).toEqual(at("2026-03-10T06:00:00Z"));
    expect(checkinWindowState(open, at("2026-03-10T05:59:00Z"))).toBe("open");
    expect(checkinWindowState(open, at("2026-03-10T06:00:00Z"))).toBe("closed");
  });

  it("never opens for a cancelled meeting", () => {
    const cancelled = { ...meeting, status: "CANCELLED" };
    expect(checkinWindowState(cancelled, at("2026-03-10T02:30:00Z"))).toBe("cancelled");
    expect(canRecordAttendance(cancelled, at("2026-03-10T02:30:00Z"))).toBe(false);
  });

  it("lets admins record from the window's start on, also afterwards", () => {
    expect(canRecordAttendance(meeting, at("2026-03-10T00:30:00Z"))).toBe(false);
    expect(canRecordAttendance(meeting, at("2026-03-10T01:00:00Z"))).toBe(true);
    expect(canRecordAttendance(meeting, at("2026-04-01T00:00:00Z"))).toBe(true);
  });
});
