import type { Prisma } from "@/lib/generated/prisma/client";
import { beijingDayStart, dayMs } from "@/lib/core/time/beijing";

// The audit log's filters come from a GET form (the page and the CSV export share them).
// Anything malformed is dropped rather than refused: a bad link still shows the log.

export type AuditFilters = {
  actorId?: number;
  unitId?: number;
  /** "unit." matches every action starting with it; "unit.updateProfile" only itself. */
  action?: string;
  /** The kind of record (the log's entity: "Activity"), and optionally one record of it. */
  kind?: string;
  recordId?: string;
  /** Beijing calendar days, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
  page: number;
};

export const auditPageSize = 50;
const maxPage = 100_000;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, name: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(name) : params[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function positiveInt(value: string | undefined, max = 2_147_483_647): number | undefined {
  if (!value || !/^\d{1,10}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 && number <= max ? number : undefined;
}

/** A real calendar day (2023-02-30 is not). */
function calendarDay(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

const actionPattern = /^[a-z][A-Za-z]*(\.[A-Za-z]+)*\.?$/;
// Any kind the log may hold (older kinds too, so the filter is not tied to today's list).
const kindPattern = /^[A-Z][A-Za-z]{0,59}$/;
// Record ids as the log stores them: numbers, "meeting:unit", "2026", lists "3,5".
const recordPattern = /^[0-9A-Za-z:,-]{1,60}$/;

export function parseAuditFilters(params: Params): AuditFilters {
  const action = read(params, "action");
  const kind = read(params, "kind");
  const record = read(params, "record");
  const validKind = kind && kindPattern.test(kind) ? kind : undefined;
  return {
    actorId: positiveInt(read(params, "actor")),
    unitId: positiveInt(read(params, "unit")),
    action: action && action.length <= 80 && actionPattern.test(action) ? action : undefined,
    kind: validKind,
    // A record id means nothing without its kind.
    recordId: validKind && record && recordPattern.test(record) ? record : undefined,
    from: calendarDay(read(params, "from")),
    to: calendarDay(read(params, "to")),
    page: positiveInt(read(params, "page"), maxPage) ?? 1,
  };
}

export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.actorId) where.actorId = filters.actorId;
  if (filters.unitId) where.unitId = filters.unitId;
  if (filters.action) {
    where.action = filters.action.endsWith(".") ? { startsWith: filters.action } : filters.action;
  }
  if (filters.kind) where.entity = filters.kind;
  if (filters.kind && filters.recordId) where.entityId = filters.recordId;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: beijingDayStart(filters.from) } : {}),
      ...(filters.to ? { lt: new Date(beijingDayStart(filters.to).getTime() + dayMs) } : {}),
    };
  }
  return where;
}

/** The filters as a query string (without "?"), for pagination and export links. */
export function auditQueryString(filters: AuditFilters, page?: number): string {
  const query = new URLSearchParams();
  if (filters.actorId) query.set("actor", String(filters.actorId));
  if (filters.unitId) query.set("unit", String(filters.unitId));
  if (filters.action) query.set("action", filters.action);
  if (filters.kind) query.set("kind", filters.kind);
  if (filters.recordId) query.set("record", filters.recordId);
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (page && page > 1) query.set("page", String(page));
  return query.toString();
}
