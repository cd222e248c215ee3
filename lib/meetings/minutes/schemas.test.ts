import { describe, expect, it } from "vitest";
import { maxMinutesLength } from "./limits";
import { minutesErratumSchema, saveMinutesSchema } from "./schemas";

describe("saveMinutesSchema", () => {
  it("stores line breaks as LF and keeps leading spaces", () => {
    const parsed = saveMinutesSchema.parse({
      meetingId: "3",
      body: "  - 一\r\n  - 二\r\n",
      baseVersion: "0",
    });
    expect(parsed).toEqual({ meetingId: 3, body: "  - 一\n  - 二\n", baseVersion: 0 });
  });

  it("accepts exactly the maximum and refuses one character more on the body field", () => {
    const fits = saveMinutesSchema.safeParse({
      meetingId: 1,
      body: "纪".repeat(maxMinutesLength),
      baseVersion: 0,
    });
    expect(fits.success).toBe(true);
    const over = saveMinutesSchema.safeParse({
      meetingId: 1,
      body: "纪".repeat(maxMinutesLength + 1),
      baseVersion: 0,
    });
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["body", "too_big"],
    ]);
  });

  it("refuses blank text, control characters and a negative base version", () => {
    expect(saveMinutesSchema.safeParse({ meetingId: 1, body: " \n\t", baseVersion: 0 }).success).toBe(false);
    expect(saveMinutesSchema.safeParse({ meetingId: 1, body: "a\u0007", baseVersion: 0 }).success).toBe(
      false,
    );
    expect(saveMinutesSchema.safeParse({ meetingId: 1, body: "a", baseVersion: -1 }).success).toBe(false);
  });
});

describe("minutesErratumSchema", () => {
  it("limits errata to 20,000 characters", () => {
    expect(minutesErratumSchema.safeParse({ meetingId: 1, body: "更".repeat(20_000) }).success).toBe(true);
    expect(minutesErratumSchema.safeParse({ meetingId: 1, body: "更".repeat(20_001) }).success).toBe(false);
  });
});
