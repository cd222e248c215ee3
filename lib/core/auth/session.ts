import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { forbidden } from "next/navigation";
import { localizedPath, redirectLocalized } from "@/lib/core/i18n/redirect";
import { authOptions } from "./options";
import { isAdmin, isSecretary, type AdminActor, type SecretaryActor } from "./policy";
import { authSecret, decodeSessionValue, sessionCookie } from "./session-cookie";
import { userOfSession, type CurrentUser } from "./session-user";
import { parseClaims, type SessionClaims } from "./session-policy";

export type { CurrentUser };

/**
 * The claims of the request's session cookie, or null: decrypted with next-auth's format and
 * secret, its expiry checked; a token missing any claim (issued before session versions) counts
 * as none. Whether the session is still current is userOfSession's to say.
 */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  // `next dev` without a secret: next-auth derives one of its own, which only it can use.
  if (!authSecret()) return parseClaims(await getServerSession(authOptions));
  const value = (await cookies()).get(sessionCookie().name)?.value;
  return parseClaims(await decodeSessionValue(value));
}

/** The signed-in user as the database knows them now, or null (see userOfSession). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> =>
  userOfSession(await currentSessionClaims()),
);

export const forcedPasswordPath = "/account/password";

/**
 * For pages: sends anonymous visitors to sign in, and users whose password was reset to choose
 * a new one first; returns the user.
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  // In the page's language: an English page sends to /en/login and comes back to /en/….
  const back = encodeURIComponent(await localizedPath(returnTo));
  if (!user) return redirectLocalized(`/login?callbackUrl=${back}`);
  if (user.mustChangePassword && returnTo !== forcedPasswordPath) {
    return redirectLocalized(`${forcedPasswordPath}?callbackUrl=${back}`);
  }
  return user;
}

/** For pages: a signed-in secretary with their unit, else sign-in or 403. */
export async function requireSecretary(returnTo: string): Promise<SecretaryActor> {
  const user = await requireUser(returnTo);
  if (!isSecretary(user)) forbidden();
  return user;
}

/** For pages: a signed-in admin, else sign-in or 403. */
export async function requireAdmin(returnTo: string): Promise<AdminActor> {
  const user = await requireUser(returnTo);
  if (!isAdmin(user)) forbidden();
  return user;
}
