// The audit log as CSV for spreadsheets: RFC 4180 (quoted where needed, CRLF line ends), UTF-8
// with a byte order mark so Excel shows Chinese correctly, and no cell that a spreadsheet would
// run as a formula (lib/core/spreadsheet/cells.ts).
import { csvBom, csvLine } from "@/lib/core/spreadsheet/cells";
import { formatBeijingTimestamp } from "@/lib/core/time/beijing";

export type AuditCsvRow = {
  id: bigint | number | string;
  createdAt: Date;
  actor: { name: string; login: string } | null;
  action: string;
  entity: string;
  entityId: string;
  unitName: string | null;
  before: unknown;
  after: unknown;
};

export const auditCsvColumns = [
  "id",
  "time",
  "actor",
  "login",
  "action",
  "entity",
  "entityId",
  "unit",
  "before",
  "after",
] as const;
export type AuditCsvHeaders = Record<(typeof auditCsvColumns)[number], string>;

function json(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value);
}

export function auditCsvHeader(headers: AuditCsvHeaders): string {
  return csvBom + csvLine(auditCsvColumns.map((column) => headers[column]));
}

export function auditCsvLine(row: AuditCsvRow): string {
  return csvLine([
    String(row.id),
    formatBeijingTimestamp(row.createdAt),
    row.actor?.name,
    row.actor?.login,
    row.action,
    row.entity,
    row.entityId,
    row.unitName,
    json(row.before),
    json(row.after),
  ]);
}

/** The whole file at once (the export route streams the same header and lines in batches). */
export function buildAuditCsv(headers: AuditCsvHeaders, rows: AuditCsvRow[]): string {
  return auditCsvHeader(headers) + rows.map(auditCsvLine).join("");
}
