import { describe, expect, it } from "vitest";
import {
  absoluteTimeoutSeconds,
  cookieLifetime,
  idleTimeoutSeconds,
  parseClaims,
  sessionAge,
  type SessionClaims,
} from "./session-policy";

const now = 1_800_000_000;
const claims = (signedAgo: number, seenAgo: number): SessionClaims => ({
  userId: 7,
  sessionVersion: 2,
  signedInAt: now - signedAgo,
  lastSeenAt: now - seenAgo,
});

describe("sessionAge", () => {
  it("keeps a session that was used recently and is younger than the absolute limit", () => {
    expect(sessionAge(claims(3600, 60), now)).toBe("current");
    expect(sessionAge(claims(absoluteTimeoutSeconds - 1, idleTimeoutSeconds - 1), now)).toBe("current");
  });

  it("ends a session left alone for the idle timeout", () => {
    expect(sessionAge(claims(idleTimeoutSeconds, idleTimeoutSeconds), now)).toBe("idle");
  });

  it("ends a busy session at the absolute timeout however recently it was used", () => {
    expect(sessionAge(claims(absoluteTimeoutSeconds, 0), now)).toBe("expired");
  });

  it("refuses a sign-in time in the future", () => {
    expect(sessionAge(claims(-3600, 0), now)).toBe("expired");
  });
});

describe("cookieLifetime", () => {
  it("is the idle timeout, cut short near the absolute limit", () => {
    expect(cookieLifetime(claims(0, 0), now)).toBe(idleTimeoutSeconds);
    expect(cookieLifetime(claims(absoluteTimeoutSeconds - 600, 0), now)).toBe(600);
    expect(cookieLifetime(claims(absoluteTimeoutSeconds + 5, 0), now)).toBe(0);
  });
});

describe("parseClaims", () => {
  it("reads a token's claims", () => {
    expect(parseClaims({ sub: "7", sessionVersion: 2, signedInAt: 5, lastSeenAt: 6 })).toEqual({
      userId: 7,
      sessionVersion: 2,
      signedInAt: 5,
      lastSeenAt: 6,
    });
  });

  it("reads the session object built from a token", () => {
    const session = { user: { id: "7" }, sessionVersion: 0, signedInAt: 5, lastSeenAt: 6 };
    expect(parseClaims(session)?.userId).toBe(7);
  });

  it.each([
    ["nothing", null],
    ["a token from before session versions", { sub: "7" }],
    ["a non-numeric user", { sub: "x", sessionVersion: 0, signedInAt: 1, lastSeenAt: 1 }],
    ["a version as text", { sub: "7", sessionVersion: "0", signedInAt: 1, lastSeenAt: 1 }],
    ["a negative time", { sub: "7", sessionVersion: 0, signedInAt: -1, lastSeenAt: 1 }],
  ])("refuses %s", (_label, source) => {
    expect(parseClaims(source)).toBeNull();
  });
});
