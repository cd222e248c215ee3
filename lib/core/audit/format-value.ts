import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { dayFields, enumOf, referenceFields } from "./fields";
import { refKey, type RecordRef } from "./kinds";
import { enumLabel, fallbackTitle, titleText, type Translate } from "./labels";
import type { RecordTitle } from "./records/types";
import { referencedIds } from "./refs";

// One value of an entry's before/after JSON as a reader sees it: enum codes in words, ids as
// the records' titles (with links), instants in Beijing time, days as days, yes/no, and long
// text or nested JSON shortened (the whole stays in the raw JSON, on the page and in the CSV).

export type ShownPart = { text: string; href?: string | null };
/** `full`: the whole text when `parts` had to be shortened; `missing`: the side did not record it. */
export type Shown = { parts: ShownPart[]; full?: string; missing?: boolean };

export type ValueContext = { t: Translate; titles: ReadonlyMap<string, RecordTitle> };

export const maxShownLength = 120;

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const redacted = "[redacted]";

/** Whitespace runs (line breaks too) as one space, then at most `max` characters and "…". */
export function shorten(text: string, max = maxShownLength): { text: string; full?: string } {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat === text ? { text } : { text: flat, full: text };
  return { text: `${chars.slice(0, max - 1).join("")}…`, full: text };
}

function plain(text: string): Shown {
  const short = shorten(text);
  return short.full === undefined
    ? { parts: [{ text: short.text }] }
    : { parts: [{ text: short.text }], full: short.full };
}

function instantOrDay(field: string, text: string): string | null {
  if (isoDay.test(text)) return text;
  if (!isoInstant.test(text)) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return null;
  // A @db.Date column is midnight UTC in JSON: the day is the UTC date, not Beijing's.
  return dayFields.has(field) ? date.toISOString().slice(0, 10) : formatBeijingDateTime(date);
}

function references(kind: RecordRef["kind"], ids: string[], ctx: ValueContext): Shown {
  return {
    parts: ids.map((id) => {
      const title = ctx.titles.get(refKey({ kind, id }));
      return title
        ? { text: titleText(ctx.t, title.title), href: title.href }
        : { text: fallbackTitle(ctx.t, { kind, id }) };
    }),
  };
}

function scalar(field: string, value: unknown, t: Translate): string {
  if (typeof value === "boolean") return t(value ? "core.audit.yes" : "core.audit.no");
  if (typeof value === "string") return instantOrDay(field, value) ?? value;
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

/** How `value` of `field` in an entry about a `kind` record is shown. */
export function formatValue(kind: string, field: string, value: unknown, ctx: ValueContext): Shown {
  const { t } = ctx;
  if (value === undefined) return { parts: [{ text: t("core.audit.notRecorded") }], missing: true };
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
    return { parts: [{ text: t("core.audit.emptyValue") }] };
  }
  if (value === redacted) return { parts: [{ text: t("core.audit.redacted") }] };

  const refKind = referenceFields[field];
  const ids = refKind ? referencedIds(value) : [];
  if (refKind && ids.length === (Array.isArray(value) ? value.length : 1))
    return references(refKind, ids, ctx);

  const enumName = enumOf(kind, field);
  const items = Array.isArray(value) ? value : [value];
  if (enumName && items.every((item) => typeof item === "string")) {
    return plain(items.map((item) => enumLabel(t, enumName, item as string)).join("、"));
  }
  if (items.every((item) => item === null || typeof item !== "object")) {
    return plain(items.map((item) => scalar(field, item, t)).join("、"));
  }
  return plain(JSON.stringify(value));
}

/** A shown value as one line of text (the CSV's readable columns). */
export function shownText(shown: Shown): string {
  return shown.parts.map((part) => part.text).join("、");
}
