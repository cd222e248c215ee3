import { cache } from "react";
import type { NextRequest } from "next/server";
import { db } from "@/lib/core/db";
import { unitAllowsSignIn } from "./policy";
import { sessionToken } from "./session-cookie";
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
 * The account behind a session token with its unit's status: one statement (relationJoins), as
 * every signed-in request and action asks it. Read once per render (React's cache): the session
 * callback and getCurrentUser share it.
 */
export const loadSessionUser = cache((userId: number) =>
  db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      role: true,
      unitId: true,
      active: true,
      mustChangePassword: true,
      sessionVersion: true,
      unit: { select: { status: true } },
    },
  }),
);

/** True when the token's session is within its timeouts and its version is the account's. */
export async function isSessionCurrent(claims: SessionClaims): Promise<boolean> {
  if (sessionAge(claims, nowInSeconds()) !== "current") return false;
  const user = await loadSessionUser(claims.userId);
  return user?.sessionVersion === claims.sessionVersion;
}

type SessionUser = Awaited<ReturnType<typeof loadSessionUser>>;

/** The account as a CurrentUser while it may hold a session (active, and its unit too), else null. */
function activeUser(user: SessionUser): CurrentUser | null {
  if (!user || !user.active || !unitAllowsSignIn(user)) return null;
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    unitId: user.unitId,
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * The signed-in user behind these claims as the database knows them now, or null. A session past
 * its idle or absolute timeout, one whose version was bumped since sign-in (sign-out, password
 * change or reset, deactivation, unit suspension), a deactivated account or a secretary whose
 * unit is not active count as signed out, even with a cookie that decrypts.
 */
export async function userOfSession(claims: SessionClaims | null): Promise<CurrentUser | null> {
  if (!claims || sessionAge(claims, nowInSeconds()) !== "current") return null;
  const user = await loadSessionUser(claims.userId);
  if (user?.sessionVersion !== claims.sessionVersion) return null;
  return activeUser(user);
}

/**
 * An account by id while it may hold a session: for a viewer's cached page, which proxy.ts only
 * serves after checking that viewer's session (lib/core/site/viewer-pages.ts).
 */
export async function activeUserById(userId: number): Promise<CurrentUser | null> {
  return activeUser(await loadSessionUser(userId));
}

/** The signed-in user of a request as the proxy sees it, before next-auth: the same checks. */
export async function userOfRequest(request: NextRequest): Promise<CurrentUser | null> {
  return userOfSession(parseClaims(await sessionToken(request)));
}
