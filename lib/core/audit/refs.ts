import { referenceFields } from "./fields";
import { entryRefs, type RecordRef } from "./kinds";

// Which records an entry mentions, so a page or an export batch resolves all their titles at
// once: the record itself, its unit, and the ids inside its before/after JSON (unitId,
// activityIds, …: top-level fields only, as callers record them).

export type EntryForRefs = {
  entity: string;
  entityId: string;
  unitId: number | null;
  before: unknown;
  after: unknown;
};

/** The ids a reference field holds: a number, a numeric string, or a list of them. */
export function referencedIds(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    if (typeof item === "number" && Number.isSafeInteger(item) && item > 0) return [String(item)];
    if (typeof item === "string" && /^\d{1,10}$/.test(item)) return [item];
    return [];
  });
}

function jsonRefs(json: unknown): RecordRef[] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return [];
  return Object.entries(json).flatMap(([field, value]) => {
    const kind = referenceFields[field];
    return kind ? referencedIds(value).map((id) => ({ kind, id })) : [];
  });
}

export function entryRecordRefs(entry: EntryForRefs): RecordRef[] {
  return [
    ...entryRefs(entry.entity, entry.entityId),
    ...(entry.unitId === null ? [] : [{ kind: "Unit" as const, id: String(entry.unitId) }]),
    ...jsonRefs(entry.before),
    ...jsonRefs(entry.after),
  ];
}
