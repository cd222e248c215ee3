// Real next-auth session cookies for tests that replay them: minted the way sign-in mints them
// (the app's jwt callback, then next-auth's encode with the secret), and put in the request's
// cookie jar that tests/setup/next-runtime.ts hands to the app as the request's cookies.
import { decode, encode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/core/db";
import { authOptions } from "@/lib/core/auth/options";
import { sessionCookie } from "@/lib/core/auth/session-cookie";
import type { SessionClaims } from "@/lib/core/auth/session-policy";

const state = globalThis as { __testCookies?: Map<string, string>; __testSessionUser?: unknown };
const secret = () => process.env.NEXTAUTH_SECRET!;

/** The cookie a browser would hold right after this user signed in (times overridable). */
export async function mintSessionCookie(
  user: { id: number; name: string },
  overrides: Partial<SessionClaims> = {},
): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { sessionVersion: true },
  });
  const signIn = authOptions.callbacks!.jwt! as (params: { token: JWT; user: unknown }) => Promise<JWT> | JWT;
  const token = await signIn({
    token: { name: user.name },
    user: { id: String(user.id), name: user.name, sessionVersion },
  });
  return encode({ token: { ...token, ...overrides }, secret: secret(), maxAge: authOptions.session!.maxAge });
}

/** Sends this cookie with the following "requests" (null: no cookie at all). */
export function replayCookie(value: string | null): void {
  state.__testSessionUser = null;
  state.__testCookies = new Map(value ? [[sessionCookie().name, value]] : []);
}

/** The session cookie the app last set in the jar (e.g. re-issued after a password change). */
export function jarCookie(): string | undefined {
  return state.__testCookies?.get(sessionCookie().name);
}

export const decodeCookie = (value: string) => decode({ token: value, secret: secret() });
