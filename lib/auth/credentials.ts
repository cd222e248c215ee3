import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { identifierLookup, signInSchema } from "./schemas";
import { accountKey, clearFailedSignIns, ipKey, isSignInBlocked, recordFailedSignIn } from "./rate-limit";

export type SignInResult =
  | { ok: true; user: { id: number; name: string; role: Role; unitId: number | null } }
  | { ok: false; reason: "invalid" | "rate-limited" };

// Compared against when the account does not exist, so timing does not reveal which logins exist.
const dummyHash = bcrypt.hashSync("not-a-real-password", 10);

/**
 * Checks a sign-in attempt. Every failure looks the same to the caller ("invalid"), except
 * when too many failures were recorded for the account or address.
 */
export async function verifyCredentials(db: Db, raw: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  const identifier = parsed.success
    ? parsed.data.identifier
    : String((raw as { identifier?: unknown })?.identifier ?? "");
  const keys = { account: accountKey(identifier), ip: ipKey(ip) };
  if (await isSignInBlocked(db, keys)) return { ok: false, reason: "rate-limited" };
  if (!parsed.success) {
    await recordFailedSignIn(db, keys);
    return { ok: false, reason: "invalid" };
  }
  const user = await db.user.findFirst({
    where: identifierLookup(parsed.data.identifier),
    select: {
      id: true,
      name: true,
      role: true,
      unitId: true,
      active: true,
      passwordHash: true,
      unit: { select: { status: true } },
    },
  });
  const matches = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? dummyHash);
  const allowed = user && matches && user.active && (user.role === "ADMIN" || user.unit?.status === "ACTIVE");
  if (!allowed) {
    await recordFailedSignIn(db, keys);
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(db, keys.account);
  // Raw on purpose: Prisma's @updatedAt would bump the row's version and make an admin's open
  // edit form look stale just because the person signed in.
  await db.$executeRaw`UPDATE "User" SET "lastLoginAt" = now() WHERE id = ${user.id}`;
  return { ok: true, user: { id: user.id, name: user.name, role: user.role, unitId: user.unitId } };
}
