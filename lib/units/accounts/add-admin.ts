import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { assertIdentifiersFree, insertAccount } from "./account-rules";
import { issueTemporaryPassword, type IssuedPassword } from "./issued-account";
import type { AddAdminInput } from "./schemas";

/** Adds a district committee admin (no unit) with a temporary password. */
export async function addAdmin(actorId: number, input: AddAdminInput): Promise<IssuedPassword> {
  const { temporaryPassword, passwordHash } = await issueTemporaryPassword();
  const user = await db.$transaction(async (tx) => {
    await assertIdentifiersFree(tx, input);
    const created = await insertAccount(tx, {
      login: input.login,
      name: input.name,
      mobile: input.mobile,
      email: input.email,
      passwordHash,
      role: "ADMIN",
    });
    await recordAudit(tx, {
      actorId,
      action: "user.addAdmin",
      entity: "User",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { userId: user.id, login: user.login, temporaryPassword };
}
