import { describe, expect, it } from "vitest";
import { eventDay, nextStep, type StepInput } from "./next-step";

const base: StepInput = {
  status: "CLAIMED",
  year: 2026,
  plannedMonth: 3,
  plannedDate: null,
  startsAt: null,
  report: null,
};
// 10 March 2026, 14:00–16:00 in Beijing.
const startsAt = new Date("2026-03-10T06:00:00Z");
const dayBefore = new Date("2026-03-09T15:59:00Z"); // 23:59 on the 9th in Beijing
const onTheDay = new Date("2026-03-09T16:00:00Z"); // 00:00 on the 10th in Beijing

describe("the lead's next step", () => {
  it("asks a claimed activity without a schedule to be scheduled, then sign-up to be opened", () => {
    expect(nextStep(base)).toBe("schedule");
    expect(nextStep({ ...base, startsAt })).toBe("openSignUp");
  });

  it("gathers sign-ups before the Beijing day and shows check-in from that day on", () => {
    for (const status of ["OPEN", "CLOSED"] as const) {
      expect(nextStep({ ...base, status, startsAt }, dayBefore)).toBe("gatherSignUps");
      expect(nextStep({ ...base, status, startsAt }, onTheDay)).toBe("checkIn");
    }
  });

  it("uses the planned date, or the month's first day, for activities scheduled before times existed", () => {
    const dated = { ...base, status: "OPEN" as const, plannedDate: new Date("2026-03-10T00:00:00Z") };
    expect(nextStep(dated, dayBefore)).toBe("gatherSignUps");
    expect(eventDay({ ...base, plannedMonth: 4 })).toEqual(new Date("2026-04-01T00:00:00Z"));
  });

  it("follows the report: write, wait for review, fix on request, finished", () => {
    expect(nextStep({ ...base, status: "DONE" })).toBe("report");
    expect(nextStep({ ...base, status: "REPORTED", report: { status: "SUBMITTED" } })).toBe("awaitReview");
    expect(nextStep({ ...base, status: "REPORTED", report: { status: "NEEDS_FIX" } })).toBe("fixReport");
    expect(nextStep({ ...base, status: "REPORTED", report: { status: "ACCEPTED" } })).toBe("finished");
    expect(nextStep({ ...base, status: "CANCELLED" })).toBe("cancelled");
  });
});
