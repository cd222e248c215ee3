import "server-only";
import { db } from "@/lib/core/db";
import type { AuditCsvRow } from "./csv";
import { auditPageSize, auditWhere, type AuditFilters } from "./filters";

// Reads of the append-only audit log, for admins (permission audit.read, checked by callers).

const entrySelect = {
  id: true,
  createdAt: true,
  action: true,
  entity: true,
  entityId: true,
  unitId: true,
  before: true,
  after: true,
  actor: { select: { id: true, name: true, login: true } },
} as const;

// Newest first; the id breaks ties between entries of one transaction (same createdAt).
const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

async function unitNames(unitIds: Array<number | null>): Promise<Map<number, string>> {
  const ids = [...new Set(unitIds.filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const units = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(units.map((unit) => [unit.id, unit.name]));
}

/** One page of entries matching the filters, with the total for the pager. */
export async function listAuditEntries(filters: AuditFilters) {
  const where = auditWhere(filters);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: newestFirst,
      skip: (filters.page - 1) * auditPageSize,
      take: auditPageSize,
      select: entrySelect,
    }),
  ]);
  const names = await unitNames(rows.map((row) => row.unitId));
  const entries = rows.map((row) => ({
    ...row,
    unitName: row.unitId === null ? null : (names.get(row.unitId) ?? null),
  }));
  return { total, pageCount: Math.max(1, Math.ceil(total / auditPageSize)), entries };
}
export type AuditEntry = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

/** Everything the filter form offers: people, units and the actions that occur in the log. */
export async function getAuditFilterOptions() {
  const [users, units, actions] = await Promise.all([
    db.user.findMany({
      select: { id: true, name: true, login: true, role: true },
      orderBy: [{ role: "asc" }, { login: "asc" }],
    }),
    db.unit.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return { users, units, actions: actions.map((row) => row.action) };
}

/**
 * All entries matching the filters for the CSV export, in batches so a long log never sits in
 * memory at once (keyset pagination on the same order as the page).
 */
export async function* iterateAuditEntries(filters: AuditFilters, batchSize = 500) {
  const where = auditWhere(filters);
  let cursor: bigint | undefined;
  for (;;) {
    const rows = await db.auditLog.findMany({
      where,
      orderBy: newestFirst,
      take: batchSize,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
      select: entrySelect,
    });
    const names = await unitNames(rows.map((row) => row.unitId));
    for (const row of rows) {
      yield {
        id: row.id,
        createdAt: row.createdAt,
        actor: row.actor,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        unitName: row.unitId === null ? null : (names.get(row.unitId) ?? null),
        before: row.before,
        after: row.after,
      } satisfies AuditCsvRow;
    }
    const last = rows.at(-1);
    if (rows.length < batchSize || !last) return;
    cursor = last.id;
  }
}
