import "server-only";
import { db } from "@/lib/core/db";
import { auditPageSize, auditWhere, type AuditFilters } from "./filters";
import type { Translate } from "./labels";
import { presentEntry, type AuditRow, type PresentedEntry } from "./present";
import { resolveRecords, type RecordTitle } from "./records";
import { entryRecordRefs } from "./refs";

// Reads of the append-only audit log, for admins (permission audit.read, checked by callers).
// The page and the CSV export read the same filters and present entries the same way; the
// titles of every record a page (or an export batch) mentions are read with one query per kind.

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

/** The titles of everything the rows mention: the records, their units, ids in their JSON. */
export function resolveTitles(rows: AuditRow[]): Promise<Map<string, RecordTitle>> {
  return resolveRecords(rows.flatMap(entryRecordRefs));
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
  const titles = await resolveTitles(rows);
  return { total, pageCount: Math.max(1, Math.ceil(total / auditPageSize)), rows, titles };
}

/** A page of the log as people read it. */
export async function readAuditPage(
  filters: AuditFilters,
  t: Translate,
): Promise<{ total: number; pageCount: number; entries: PresentedEntry[] }> {
  const { total, pageCount, rows, titles } = await listAuditEntries(filters);
  return { total, pageCount, entries: rows.map((row) => presentEntry(row, titles, t)) };
}

/** Everything the filter form offers: people, units, and the actions and kinds in the log. */
export async function getAuditFilterOptions() {
  const [users, units, actions, kinds] = await Promise.all([
    db.user.findMany({
      select: { id: true, name: true, login: true, role: true },
      orderBy: [{ role: "asc" }, { login: "asc" }],
    }),
    db.unit.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entity"], orderBy: { entity: "asc" } }),
  ]);
  return {
    users,
    units,
    actions: actions.map((row) => row.action),
    kinds: kinds.map((row) => row.entity),
  };
}
export type AuditFilterOptions = Awaited<ReturnType<typeof getAuditFilterOptions>>;

/**
 * All entries matching the filters for the CSV export, presented, in batches so a long log
 * never sits in memory at once (keyset pagination on the same order as the page); each batch
 * resolves its records' titles at once.
 */
export async function* iterateAuditEntries(
  filters: AuditFilters,
  t: Translate,
  batchSize = 500,
): AsyncGenerator<PresentedEntry> {
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
    const titles = await resolveTitles(rows);
    for (const row of rows) yield presentEntry(row, titles, t);
    const last = rows.at(-1);
    if (rows.length < batchSize || !last) return;
    cursor = last.id;
  }
}
