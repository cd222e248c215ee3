import { describe, expect, it } from "vitest";
import { checkCronAuthorization } from "./cron-auth";

describe("checkCronAuthorization", () => {
  it("is disabled when no secret is configured (blank counts as none)", () => {
    expect(checkCronAuthorization("Bearer anything", undefined)).toBe("disabled");
    expect(checkCronAuthorization("Bearer anything", "  ")).toBe("disabled");
  });

  it("accepts only the exact secret as a bearer token", () => {
    expect(checkCronAuthorization("Bearer s3cret-value", "s3cret-value")).toBe("ok");
    expect(checkCronAuthorization("bearer s3cret-value", "s3cret-value")).toBe("ok");
    expect(checkCronAuthorization("Bearer s3cret-valu", "s3cret-value")).toBe("unauthorized");
    expect(checkCronAuthorization("Bearer s3cret-value-and-more", "s3cret-value")).toBe("unauthorized");
    expect(checkCronAuthorization("s3cret-value", "s3cret-value")).toBe("unauthorized");
    expect(checkCronAuthorization("Basic s3cret-value", "s3cret-value")).toBe("unauthorized");
    expect(checkCronAuthorization(null, "s3cret-value")).toBe("unauthorized");
    expect(checkCronAuthorization("Bearer ", "s3cret-value")).toBe("unauthorized");
  });
});
