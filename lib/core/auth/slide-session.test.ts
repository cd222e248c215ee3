import { decode, encode } from "next-auth/jwt";
import { NextRequest, NextResponse } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { absoluteTimeoutSeconds, idleTimeoutSeconds, refreshAfterSeconds } from "./session-policy";
import { slideSession } from "./slide-session";

const secret = "unit-test-secret-0123456789abcdef";
const now = 1_800_000_000;
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = secret;
});

async function slid(claims: { signedInAt: number; lastSeenAt: number }, method = "GET", path = "/my") {
  const token = { sub: "7", sessionVersion: 3, ...claims };
  const cookie = await encode({ token, secret, maxAge: idleTimeoutSeconds });
  const request = new NextRequest(`http://localhost${path}`, {
    method,
    headers: { cookie: `next-auth.session-token=${cookie}` },
  });
  const response = NextResponse.next();
  await slideSession(request, response, now);
  return response.cookies.get("next-auth.session-token");
}

describe("slideSession", () => {
  it("re-issues a session in use with a fresh lastSeenAt, keeping the sign-in time and version", async () => {
    const set = await slid({ signedInAt: now - 3600, lastSeenAt: now - refreshAfterSeconds });
    expect(set?.maxAge).toBe(idleTimeoutSeconds);
    const token = await decode({ token: set!.value, secret });
    expect(token).toMatchObject({ sub: "7", sessionVersion: 3, signedInAt: now - 3600, lastSeenAt: now });
  });

  it("never lets the cookie outlive the absolute timeout", async () => {
    const set = await slid({ signedInAt: now - absoluteTimeoutSeconds + 600, lastSeenAt: now - 3600 });
    expect(set?.maxAge).toBe(600);
  });

  it("leaves a recently refreshed session alone", async () => {
    expect(await slid({ signedInAt: now - 60, lastSeenAt: now - 60 })).toBeUndefined();
  });

  it("does not revive an idle or expired session", async () => {
    expect(await slid({ signedInAt: now - 3 * 3600, lastSeenAt: now - idleTimeoutSeconds })).toBeUndefined();
    expect(await slid({ signedInAt: now - absoluteTimeoutSeconds, lastSeenAt: now - 600 })).toBeUndefined();
  });

  it("leaves posts and next-auth's own routes to set the cookie themselves", async () => {
    const old = { signedInAt: now - 3600, lastSeenAt: now - 3600 };
    expect(await slid(old, "POST")).toBeUndefined();
    expect(await slid(old, "GET", "/api/auth/session")).toBeUndefined();
  });
});
