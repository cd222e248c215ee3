// The audit log as CSV for spreadsheets: RFC 4180 (quoted where needed, CRLF line ends), UTF-8
// with a byte order mark so Excel shows Chinese correctly, and no cell that a spreadsheet would
// run as a formula (lib/core/spreadsheet/cells.ts). The readable columns come first (as the
// page shows them); the raw codes and JSON follow, so nothing the log holds is lost.
import { csvBom, csvLine } from "@/lib/core/spreadsheet/cells";
import type { Translate } from "./labels";
import { changesText, recordText, type PresentedEntry } from "./present";

export const auditCsvColumns = [
  "id",
  "time",
  "actor",
  "login",
  "action",
  "kind",
  "record",
  "unit",
  "changes",
  "actionCode",
  "entity",
  "entityId",
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

export function auditCsvLine(entry: PresentedEntry, t: Translate): string {
  return csvLine([
    entry.id,
    entry.time,
    entry.actor?.name ?? t("core.audit.system"),
    entry.actor?.login,
    entry.actionName,
    entry.kindName,
    recordText(entry, t),
    entry.unit?.text,
    changesText(entry),
    entry.actionCode,
    entry.kind,
    entry.entityId,
    json(entry.before),
    json(entry.after),
  ]);
}

/** The whole file at once (the export route streams the same header and lines in batches). */
export function buildAuditCsv(headers: AuditCsvHeaders, entries: PresentedEntry[], t: Translate): string {
  return auditCsvHeader(headers) + entries.map((entry) => auditCsvLine(entry, t)).join("");
}
