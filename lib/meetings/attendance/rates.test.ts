import { describe, expect, it } from "vitest";
import { countAttendance, effectiveStatus, formatRate } from "./rates";

describe("attendance rates", () => {
  it("counts present and delegate as attended", () => {
    const counts = countAttendance(["PRESENT", "DELEGATE", "EXCUSED", "ABSENT"]);
    expect(counts).toEqual({ PRESENT: 1, DELEGATE: 1, EXCUSED: 1, ABSENT: 1, meetings: 4, rate: 0.5 });
    expect(formatRate(counts.rate)).toBe("50%");
  });

  it("has no rate (not NaN) without meetings", () => {
    const counts = countAttendance([]);
    expect(counts.rate).toBeNull();
    expect(formatRate(counts.rate)).toBeNull();
  });

  it("rounds to whole percent", () => {
    expect(formatRate(countAttendance(["PRESENT", "ABSENT", "ABSENT"]).rate)).toBe("33%");
    expect(formatRate(countAttendance(["PRESENT", "PRESENT", "ABSENT"]).rate)).toBe("67%");
  });
});

describe("effective status", () => {
  it("uses the record when there is one", () => {
    expect(effectiveStatus("DELEGATE", "ATTEND", true)).toBe("DELEGATE");
    expect(effectiveStatus("ABSENT", "ATTEND", false)).toBe("ABSENT");
  });

  it("is 'not checked in' while the meeting runs", () => {
    expect(effectiveStatus(null, "ATTEND", false)).toBeNull();
  });

  it("is absent after the end, excused when the unit sent apologies", () => {
    expect(effectiveStatus(null, "PENDING", true)).toBe("ABSENT");
    expect(effectiveStatus(null, "EXCUSED", true)).toBe("EXCUSED");
  });
});
