import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden } from "next/navigation";
import { localizedPath, redirectLocalized } from "@/lib/core/i18n/redirect";
import { authOptions } from "./options";
import { isAdmin, isSecretary, unitAllowsSignIn, type AdminActor, type SecretaryActor } from "./policy";
import { loadSessionUser } from "./session-user";
import { nowInSeconds, parseClaims, sessionAge, type SessionClaims } from "./session-policy";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = {
  id: number;
  name: string;
  role: Role;
  unitId: number | null;
  /** An admin reset the password: nothing but choosing a new one is allowed until then. */
  mustChangePassword: boolean;
};

/**
 * The claims of the request's session token, or null: next-auth decrypts the cookie and checks
 * its expiry; a token missing any claim (issued before session versions) counts as none.
 */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  return parseClaims(await getServerSession(authOptions));
}

/**
 * The signed-in user as the database knows them now, or null. A session past its idle or
 * absolute timeout, one whose version was bumped since sign-in (sign-out, password change or
 * reset, deactivation, unit suspension), a deactivated account or a secretary whose unit is not
 * active count as signed out, even with a cookie that decrypts.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await currentSessionClaims();
  if (!claims || sessionAge(claims, nowInSeconds()) !== "current") return null;
  const user = await loadSessionUser(claims.userId);
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  if (!unitAllowsSignIn(user)) return null;
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    unitId: user.unitId,
    mustChangePassword: user.mustChangePassword,
  };
});

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
