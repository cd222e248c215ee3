import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { assertIdentifiersFree, assertRoleVacant, insertAccount, lockUnitForAccounts } from "./account-rules";
import { issueTemporaryPassword, type IssuedPassword } from "./issued-account";
import type { AddSecretaryInput } from "./schemas";

/**
 * Adds a unit's primary or deputy secretary with a temporary password. Refused when the unit
 * is withdrawn, already has an active holder of that role, or the login or mobile is taken.
 */
export async function addSecretary(actorId: number, input: AddSecretaryInput): Promise<IssuedPassword> {
  const { temporaryPassword, passwordHash } = await issueTemporaryPassword();
  const user = await db.$transaction(async (tx) => {
    await lockUnitForAccounts(tx, input.unitId);
    await assertRoleVacant(tx, input.unitId, input.unitRole, "unitRole");
    await assertIdentifiersFree(tx, input);
    const created = await insertAccount(
      tx,
      {
        login: input.login,
        name: input.name,
        mobile: input.mobile,
        email: input.email,
        passwordHash,
        role: "SECRETARY",
        unitId: input.unitId,
        unitRole: input.unitRole,
      },
      "unitRole",
    );
    await recordAudit(tx, {
      actorId,
      action: "user.addSecretary",
      entity: "User",
      entityId: created.id,
      unitId: input.unitId,
      after: created,
    });
    return created;
  });
  return { userId: user.id, login: user.login, temporaryPassword };
}
