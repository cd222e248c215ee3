import { describe, expect, it } from "vitest";
import { checkinPeriodMs } from "./period";
import { codeForSubject, isCodeValidForSubject } from "./subject-code";

const t0 = Date.UTC(2026, 2, 10, 2, 0, 30);

describe("check-in codes by subject", () => {
  it("admit to their own subject for this minute and the last", () => {
    const code = codeForSubject("meeting:7", t0);
    expect(isCodeValidForSubject("meeting:7", code, t0)).toBe(true);
    expect(isCodeValidForSubject("meeting:7", code, t0 + checkinPeriodMs)).toBe(true);
    expect(isCodeValidForSubject("meeting:7", code, t0 + 2 * checkinPeriodMs)).toBe(false);
  });

  it("never admit an activity's code to the meeting with the same number, or back", () => {
    expect(isCodeValidForSubject("meeting:7", codeForSubject("activity:7", t0), t0)).toBe(false);
    expect(isCodeValidForSubject("activity:7", codeForSubject("meeting:7", t0), t0)).toBe(false);
  });
});
