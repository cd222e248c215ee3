import { hiddenFields, hiddenWhenWhole } from "./fields";

// An entry's before/after JSON as rows of one field each. Callers record either snapshots of
// the fields they change (before {status}, after {status, reason}) or whole rows (a created
// record has no before, a deleted one no after), so: created → every field of after; deleted →
// every field of before; otherwise the fields whose values differ, with `undefined` on the
// side that did not record the field (not the same as null, which was recorded as empty).

export type ChangeMode = "none" | "created" | "deleted" | "updated";
export type FieldChange = { field: string; before?: unknown; after?: unknown };
export type AuditDiff = { mode: ChangeMode; rows: FieldChange[] };

/** The field used when the JSON is a bare value or a list (e.g. a survey's answers). */
export const wholeValueField = "value";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asObject(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  return isPlainObject(value) ? value : { [wholeValueField]: value };
}

/** Structural equality of JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
    );
  }
  return false;
}

function shown(field: string, whole: boolean): boolean {
  return !hiddenFields.has(field) && !(whole && hiddenWhenWhole.has(field));
}

export function diffAudit(before: unknown, after: unknown): AuditDiff {
  const from = asObject(before);
  const to = asObject(after);
  if (!from && !to) return { mode: "none", rows: [] };
  if (!from || !to) {
    const whole = (from ?? to)!;
    const rows = Object.entries(whole)
      .filter(([field, value]) => shown(field, true) && value !== undefined)
      .map(([field, value]) => (from ? { field, before: value } : { field, after: value }));
    return { mode: from ? "deleted" : "created", rows };
  }
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const rows = fields
    .filter((field) => shown(field, false) && !sameJson(from[field], to[field]))
    .map((field) => ({ field, before: from[field], after: to[field] }));
  return { mode: "updated", rows };
}
