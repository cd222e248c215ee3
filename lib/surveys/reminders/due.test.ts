import { describe, expect, it } from "vitest";
import { dueClosingWindow, reminderDue } from "./due";

const day = 86_400_000;
const closesAt = new Date("2027-05-10T10:00:00Z");
const before = (ms: number) => new Date(closesAt.getTime() - ms);

describe("reminderDue", () => {
  it("is not due more than three days before closing", () => {
    expect(reminderDue(closesAt, before(3 * day + 1))).toBe(false);
    expect(reminderDue(closesAt, before(10 * day))).toBe(false);
  });

  it("is due from exactly three days before until the survey closes", () => {
    expect(reminderDue(closesAt, before(3 * day))).toBe(true);
    expect(reminderDue(closesAt, before(1))).toBe(true);
  });

  it("is never due once the survey has closed", () => {
    expect(reminderDue(closesAt, closesAt)).toBe(false);
    expect(reminderDue(closesAt, before(-day))).toBe(false);
  });

  it("agrees with the window the database query uses", () => {
    for (const ms of [3 * day + 1, 3 * day, day, 1, 0, -1]) {
      const now = before(ms);
      const { from, until } = dueClosingWindow(now);
      const inWindow = closesAt >= from && closesAt <= until;
      expect(inWindow).toBe(reminderDue(closesAt, now));
    }
  });
});
