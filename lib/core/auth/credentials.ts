import bcrypt from "bcryptjs";
import type { Db } from "@/lib/core/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { identifierLookup, signInSchema } from "./schemas";
import { unitAllowsSignIn } from "./policy";
import { admitSignIn, signInKeys, signInSucceeded } from "./rate-limit";

export type SignInResult =
  | {
      ok: true;
      user: { id: number; name: string; role: Role; unitId: number | null; sessionVersion: number };
    }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

// Compared against when the account does not exist, so timing does not reveal which logins exist.
const dummyHash = bcrypt.hashSync("not-a-real-password", 10);

/**
 * Checks a sign-in attempt. Every failure looks the same to the caller ("invalid"), except
 * when the address (for this account, or overall) must wait: then it says how long. Each
 * attempt is counted before the password is compared (lib/core/auth/rate-limit.ts).
 */
export async function verifyCredentials(db: Db, raw: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  const identifier = parsed.success
    ? parsed.data.identifier
    : String((raw as { identifier?: unknown })?.identifier ?? "");
  const keys = signInKeys(identifier, ip);
  const admission = await admitSignIn(db, keys);
  if (!admission.admitted) {
    return { ok: false, reason: "rate-limited", retryAfterSeconds: admission.retryAfterSeconds };
  }
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const user = await db.user.findFirst({
    where: identifierLookup(parsed.data.identifier),
    select: {
      id: true,
      name: true,
      role: true,
      unitId: true,
      active: true,
      passwordHash: true,
      sessionVersion: true,
      unit: { select: { status: true } },
    },
  });
  const matches = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? dummyHash);
  const allowed = user && matches && user.active && unitAllowsSignIn(user);
  if (!allowed) return { ok: false, reason: "invalid" };
  await signInSucceeded(db, keys);
  // Raw on purpose: Prisma's @updatedAt would bump the row's version and make an admin's open
  // edit form look stale just because the person signed in.
  await db.$executeRaw`UPDATE "User" SET "lastLoginAt" = now() WHERE id = ${user.id}`;
  const { id, name, role, unitId, sessionVersion } = user;
  return { ok: true, user: { id, name, role, unitId, sessionVersion } };
}
