import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { lockSite } from "./lock-site";
import type { DeleteLogEntryInput } from "./schemas";

/**
 * Removes a visit from the log (a mistaken entry). An entry an activity's report wrote may go
 * too; resubmitting that report would write it again.
 */
export async function deleteLogEntry(actor: AdminActor, input: DeleteLogEntryInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const site = await lockSite(tx, input.siteId);
    const before = await tx.serviceLogEntry.findFirst({
      where: { id: input.entryId, siteId: site.id },
      include: { units: { select: { unitId: true } }, results: true },
    });
    if (!before) throw new DomainError("pairing.sites.errors.entryNotFound");
    // Units and results go with it (cascade).
    await tx.serviceLogEntry.delete({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "serviceLog.delete",
      entity: "ServiceLogEntry",
      entityId: before.id,
      before,
    });
  });
}
