import { describe, expect, it } from "vitest";
import { checkinPeriodMs, currentCheckinCode, isValidCheckinCode } from "./rotating-code";

const secret = "test-secret";
const t0 = Date.UTC(2026, 2, 10, 2, 0, 30);

describe("rotating check-in codes", () => {
  it("are six unambiguous characters", () => {
    expect(currentCheckinCode(secret, "activity:1", t0)).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });

  it("accept the current and the previous minute's code, case-insensitively", () => {
    const code = currentCheckinCode(secret, "activity:1", t0);
    expect(isValidCheckinCode(secret, "activity:1", code.toLowerCase(), t0)).toBe(true);
    expect(isValidCheckinCode(secret, "activity:1", code, t0 + checkinPeriodMs)).toBe(true);
  });

  it("refuse a code two minutes old", () => {
    const code = currentCheckinCode(secret, "activity:1", t0);
    expect(isValidCheckinCode(secret, "activity:1", code, t0 + 2 * checkinPeriodMs)).toBe(false);
  });

  it("refuse another activity's code and garbage", () => {
    const code = currentCheckinCode(secret, "activity:2", t0);
    expect(isValidCheckinCode(secret, "activity:1", code, t0)).toBe(false);
    expect(isValidCheckinCode(secret, "activity:1", "", t0)).toBe(false);
    expect(isValidCheckinCode(secret, "activity:1", "x".repeat(1000), t0)).toBe(false);
  });
});
