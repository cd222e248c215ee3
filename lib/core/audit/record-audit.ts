import type { Tx } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./actions";
import type { RecordKind } from "./kinds";

export type AuditEntry = {
  actorId: number | null;
  /**
   * Noun-verb, as the action is named: "unit.suspend", "application.approve", … A new code must
   * be added to actions.ts (and named in the catalogs) before it can be recorded.
   */
  action: AuditAction;
  /** The Prisma model's name (kinds.ts lists them). */
  entity: RecordKind;
  entityId: string | number;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
};

// Secrets never reach the audit log, whatever a caller passes.
const secretFields = new Set(["passwordHash", "password", "tokenHash", "token", "data"]);

function sanitise(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => {
      if (secretFields.has(key)) return "[redacted]";
      return typeof inner === "bigint" ? inner.toString() : inner;
    }),
  ) as Prisma.InputJsonValue;
}

/** Writes one audit record inside the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      unitId: entry.unitId ?? null,
      before: sanitise(entry.before),
      after: sanitise(entry.after),
    },
  });
}
