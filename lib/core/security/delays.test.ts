import { describe, expect, it } from "vitest";
import { decideAttempt, delaySeconds, type DelayPolicy, type DelayRow } from "./delays";

const policy: DelayPolicy = { freeAttempts: 3, baseSeconds: 1, maxSeconds: 60, forgetAfterSeconds: 3600 };
const t0 = new Date("2026-12-02T08:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function run(times: number[]): Array<{ admitted: boolean; retryAfterSeconds: number; row: DelayRow }> {
  let row: DelayRow | null = null;
  return times.map((second) => {
    const decision = decideAttempt(row, at(second), policy);
    row = decision.next;
    return { admitted: decision.admitted, retryAfterSeconds: decision.retryAfterSeconds, row };
  });
}

describe("delaySeconds", () => {
  it("is zero within the allowance, then doubles up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => delaySeconds(n, policy))).toEqual([0, 0, 1, 2, 4, 8, 60]);
    expect(delaySeconds(10_000, policy)).toBe(60);
  });
});

describe("decideAttempt", () => {
  it("lets the allowance through at once, then only after each growing delay", () => {
    const results = run([0, 0, 0, 0, 1, 1, 3, 5, 7]);
    expect(results.map((r) => r.admitted)).toEqual([true, true, true, false, true, false, true, false, true]);
    expect(results[3]!.retryAfterSeconds).toBe(1);
    expect(results[5]!.retryAfterSeconds).toBe(2);
    expect(results.at(-1)!.row).toMatchObject({ count: 6, refused: 3 });
  });

  it("blocks the attempt after the allowance before its outcome is known", () => {
    const third = run([0, 0, 0]).at(-1)!;
    expect(third.row.blockedUntil).toEqual(at(1));
  });

  it("forgets a row left alone long enough", () => {
    const blocked = run([0, 0, 0, 0, 0, 0]).at(-1)!.row;
    const later = decideAttempt(blocked, at(3600), policy);
    expect(later).toMatchObject({ admitted: true, next: { count: 1, refused: 0, blockedUntil: null } });
  });
});
