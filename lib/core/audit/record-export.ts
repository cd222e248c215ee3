import "server-only";
import { db } from "@/lib/core/db";
import { auditQueryString, type AuditFilters } from "./filters";
import { recordAudit } from "./record-audit";

/** Who took the log away (and with which filters) is itself worth keeping. */
export async function recordAuditExport(actorId: number, filters: AuditFilters): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId,
      action: "audit.export",
      entity: "AuditLog",
      entityId: "csv",
      after: { filters: auditQueryString({ ...filters, page: 1 }) },
    }),
  );
}
