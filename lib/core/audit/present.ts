import { formatBeijingTimestamp } from "@/lib/core/time/beijing";
import { diffAudit, type ChangeMode } from "./diff";
import { formatValue, shownText, type Shown, type ShownPart } from "./format-value";
import { entryRefs, refKey } from "./kinds";
import { actionName, fallbackTitle, fieldLabel, kindName, titleText, type Translate } from "./labels";
import type { RecordTitle } from "./records/types";

// An audit entry as people read it, the same for the page and the CSV export: the action and
// the kind of record in words, the record by its title (and link), the unit, and the changes
// field by field. Pure: the titles come resolved (records/index.ts), the words from `t`.

export type AuditRow = {
  id: bigint | number | string;
  createdAt: Date;
  actor: { id: number; name: string; login: string } | null;
  action: string;
  entity: string;
  entityId: string;
  unitId: number | null;
  before: unknown;
  after: unknown;
};

export type ChangeRow = { field: string; label: string; before: Shown; after: Shown };

export type PresentedEntry = {
  id: string;
  createdAt: Date;
  /** Beijing time, "YYYY-MM-DD HH:mm:ss". */
  time: string;
  actor: AuditRow["actor"];
  actionCode: string;
  actionName: string;
  kind: string;
  kindName: string;
  entityId: string;
  /** The record by its title(s); `gone` when none could be found any more. */
  record: { parts: ShownPart[]; gone: boolean; rememberedName: string | null };
  unit: ShownPart | null;
  changes: { mode: ChangeMode; rows: ChangeRow[] };
  before: unknown;
  after: unknown;
};

type Titles = ReadonlyMap<string, RecordTitle>;

/** A name the entry's own JSON kept (a deleted activity's title), for records that are gone. */
function rememberedName(row: AuditRow): string | null {
  for (const json of [row.before, row.after]) {
    if (typeof json !== "object" || json === null) continue;
    for (const field of ["title", "name", "orgName", "fileName"]) {
      const value = (json as Record<string, unknown>)[field];
      if (typeof value === "string" && value.trim()) return value.trim();
    }
  }
  return null;
}

function record(row: AuditRow, titles: Titles, t: Translate): PresentedEntry["record"] {
  const refs = entryRefs(row.entity, row.entityId);
  if (refs.length === 0) {
    return { parts: [{ text: `${row.entity} #${row.entityId}` }], gone: false, rememberedName: null };
  }
  const parts = refs.map((ref) => {
    const title = titles.get(refKey(ref));
    return title ? { text: titleText(t, title.title), href: title.href } : null;
  });
  if (parts.some(Boolean)) {
    return { parts: parts.filter((part) => part !== null), gone: false, rememberedName: null };
  }
  return {
    parts: refs.map((ref) => ({ text: fallbackTitle(t, ref) })),
    gone: true,
    rememberedName: rememberedName(row),
  };
}

function unit(row: AuditRow, titles: Titles, t: Translate): ShownPart | null {
  if (row.unitId === null) return null;
  const ref = { kind: "Unit" as const, id: String(row.unitId) };
  const title = titles.get(refKey(ref));
  return title ? { text: titleText(t, title.title), href: title.href } : { text: fallbackTitle(t, ref) };
}

export function presentEntry(row: AuditRow, titles: Titles, t: Translate): PresentedEntry {
  const diff = diffAudit(row.before, row.after);
  const context = { t, titles };
  return {
    id: String(row.id),
    createdAt: row.createdAt,
    time: formatBeijingTimestamp(row.createdAt),
    actor: row.actor,
    actionCode: row.action,
    actionName: actionName(t, row.action),
    kind: row.entity,
    kindName: kindName(t, row.entity),
    entityId: row.entityId,
    record: record(row, titles, t),
    unit: unit(row, titles, t),
    changes: {
      mode: diff.mode,
      rows: diff.rows.map((change) => ({
        field: change.field,
        label: fieldLabel(t, change.field),
        before: formatValue(row.entity, change.field, change.before, context),
        after: formatValue(row.entity, change.field, change.after, context),
      })),
    },
    before: row.before,
    after: row.after,
  };
}

/** The record as one line: "活动 · 植树" or "活动 #54（已不存在）". */
export function recordText(entry: PresentedEntry, t: Translate): string {
  const titles = entry.record.parts.map((part) => part.text).join("、");
  if (!entry.record.gone) return titles;
  const name = entry.record.rememberedName;
  return t(name ? "core.audit.goneNamed" : "core.audit.gone", { record: titles, name: name ?? "" });
}

/** The changes as lines "Field: before → after" (created/deleted records: "Field: value"). */
export function changesText(entry: PresentedEntry): string {
  return entry.changes.rows
    .map((row) => {
      if (entry.changes.mode === "created") return `${row.label}: ${shownText(row.after)}`;
      if (entry.changes.mode === "deleted") return `${row.label}: ${shownText(row.before)}`;
      return `${row.label}: ${shownText(row.before)} → ${shownText(row.after)}`;
    })
    .join("\n");
}
