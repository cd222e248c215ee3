import type { Tx } from "@/lib/core/db";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import type { UnitRole, UnitStatus } from "@/lib/generated/prisma/enums";

// Checks shared by the account mutations. Each runs inside the caller's transaction; the
// database's unique indexes stay the final word (see refuseUniqueViolation).

/** What the audit log records about an account: never its password hash. */
export const auditedUserFields = {
  id: true,
  login: true,
  name: true,
  mobile: true,
  email: true,
  role: true,
  unitId: true,
  unitRole: true,
  active: true,
  mustChangePassword: true,
} as const;

/**
 * Reads the unit's status and holds a share lock on its row until the transaction ends, so a
 * concurrent withdrawal (which updates the row) waits for us or we see its result. Secretaries
 * are not added to, nor brought back in, withdrawn units.
 */
export async function lockUnitForAccounts(tx: Tx, unitId: number): Promise<UnitStatus> {
  const rows = await tx.$queryRaw<Array<{ status: UnitStatus }>>`
    SELECT status FROM "Unit" WHERE id = ${unitId} FOR SHARE`;
  const status = rows[0]?.status;
  if (!status) throw new DomainError("units.accounts.errors.unitNotFound", undefined, "unitId");
  if (status === "WITHDRAWN")
    throw new DomainError("units.accounts.errors.unitWithdrawn", undefined, "unitId");
  return status;
}

const roleTakenKey: Record<UnitRole, string> = {
  PRIMARY: "units.accounts.errors.primaryTaken",
  DEPUTY: "units.accounts.errors.deputyTaken",
};

/** Friendly pre-check of the one-active-holder-per-role rule; the partial unique index decides races. */
export async function assertRoleVacant(tx: Tx, unitId: number, unitRole: UnitRole, field?: string) {
  const holder = await tx.user.findFirst({ where: { unitId, unitRole, active: true }, select: { id: true } });
  if (holder) throw new DomainError(roleTakenKey[unitRole], undefined, field);
}

/** Friendly pre-checks of the unique login and mobile, each reported next to its field. */
export async function assertIdentifiersFree(
  tx: Tx,
  identifiers: { login?: string; mobile?: string | null },
  exceptUserId?: number,
) {
  const not = exceptUserId ? { id: { not: exceptUserId } } : {};
  if (identifiers.login && (await tx.user.findFirst({ where: { login: identifiers.login, ...not } }))) {
    throw new DomainError("units.accounts.errors.loginTaken", undefined, "login");
  }
  if (identifiers.mobile && (await tx.user.findFirst({ where: { mobile: identifiers.mobile, ...not } }))) {
    throw new DomainError("units.accounts.errors.mobileTaken", undefined, "mobile");
  }
}

/**
 * Turns a unique-index violation that a concurrent request caused after our pre-checks into
 * the same refusal the pre-check would have given; anything else is rethrown as it is.
 */
export function refuseUniqueViolation(error: unknown, unitRole?: UnitRole | null, roleField?: string): never {
  if (isUniqueViolation(error, "User_login_key")) {
    throw new DomainError("units.accounts.errors.loginTaken", undefined, "login");
  }
  if (isUniqueViolation(error, "User_mobile_key")) {
    throw new DomainError("units.accounts.errors.mobileTaken", undefined, "mobile");
  }
  if (unitRole && isUniqueViolation(error, "User_one_active_per_unit_role")) {
    throw new DomainError(roleTakenKey[unitRole], undefined, roleField);
  }
  throw error;
}

/** Loads an account for a change, with a row lock so concurrent changes to it queue up. */
export async function lockUser(tx: Tx, userId: number) {
  const locked = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("units.accounts.errors.userNotFound");
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: auditedUserFields });
}

type NewAccount = {
  login: string;
  name: string;
  mobile: string | null;
  email: string | null;
  passwordHash: string;
} & ({ role: "ADMIN" } | { role: "SECRETARY"; unitId: number; unitRole: UnitRole });

/**
 * Inserts an account with an admin-issued temporary password, which must be replaced at the
 * first sign-in. A unique violation (login, mobile, the unit role) becomes a refusal; the
 * caller's transaction is then rolled back as a whole.
 */
export async function insertAccount(tx: Tx, account: NewAccount, roleField?: string) {
  try {
    return await tx.user.create({
      data: { ...account, mustChangePassword: true },
      select: auditedUserFields,
    });
  } catch (error) {
    refuseUniqueViolation(error, account.role === "SECRETARY" ? account.unitRole : null, roleField);
  }
}
