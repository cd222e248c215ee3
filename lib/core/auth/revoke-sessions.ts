import type { Db, Tx } from "@/lib/core/db";

type Client = Db | Tx;

// Raw SQL on purpose: Prisma's @updatedAt would bump the row's version and make an admin's open
// edit form look stale just because the person's sessions ended.

/**
 * Ends every session of the user: tokens carry the version they were issued with, and
 * getCurrentUser refuses any other. Returns the new version (null for an unknown user).
 */
export async function revokeUserSessions(db: Client, userId: number): Promise<number | null> {
  const rows = await db.$queryRaw<Array<{ sessionVersion: number }>>`
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = ${userId}
    RETURNING "sessionVersion"`;
  return rows[0]?.sessionVersion ?? null;
}

/** Ends every session of every account of the unit (suspension, withdrawal). */
export async function revokeUnitSessions(db: Client, unitId: number): Promise<number> {
  return db.$executeRaw`
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "unitId" = ${unitId}`;
}

/**
 * Sign-out: ends the user's sessions only when the token signing out is still current, so an
 * already revoked cookie cannot end the sessions the person has opened since.
 */
export async function revokeOnSignOut(db: Client, userId: number, tokenVersion: number): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1
    WHERE id = ${userId} AND "sessionVersion" = ${tokenVersion}`;
  return count === 1;
}
