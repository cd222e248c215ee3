import { cache } from "react";
import { db } from "@/lib/core/db";
import { nowInSeconds, sessionAge, type SessionClaims } from "./session-policy";

/**
 * The account behind a session token, read once per request: next-auth's session callback
 * (which checks the version) and getCurrentUser (which needs the rest) share this one query.
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
