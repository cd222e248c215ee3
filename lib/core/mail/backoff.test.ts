import { describe, expect, it } from "vitest";
import { afterFailure, retryDelayMs, retryPolicy } from "./backoff";

const policy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 5_000 };

describe("mail retry backoff", () => {
  it("doubles the wait after each failed try, up to the cap", () => {
    expect([1, 2, 3, 4, 5, 40].map((attempts) => retryDelayMs(attempts, policy))).toEqual([
      1_000, 2_000, 4_000, 5_000, 5_000, 5_000,
    ]);
  });

  it("schedules the next try until the last attempt failed, then gives up", () => {
    const now = new Date("2026-12-02T08:00:00Z");
    expect(afterFailure(1, policy, now)).toEqual({
      status: "PENDING",
      nextAttemptAt: new Date("2026-12-02T08:00:01Z"),
    });
    expect(afterFailure(3, policy, now)).toMatchObject({ status: "PENDING" });
    expect(afterFailure(4, policy, now)).toEqual({ status: "FAILED" });
  });

  it("reads its limits from the environment and ignores nonsense", () => {
    expect(retryPolicy({ MAIL_MAX_ATTEMPTS: "3", MAIL_RETRY_BASE_MS: "500" })).toMatchObject({
      maxAttempts: 3,
      baseDelayMs: 500,
    });
    expect(retryPolicy({ MAIL_MAX_ATTEMPTS: "-1", MAIL_RETRY_BASE_MS: "soon" })).toMatchObject({
      maxAttempts: 6,
      baseDelayMs: 60_000,
    });
  });
});
