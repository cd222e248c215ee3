import { actionNameKey, isAuditAction } from "./actions";
import { enumCatalogs, type EnumName } from "./fields";
import { isRecordKind, type RecordRef } from "./kinds";
import type { RecordTitle } from "./records/types";

// Words for the log's codes, in the reader's language. Each falls back to the code itself when
// the catalogs have no word for it (an action from an older version of the portal, a field a
// caller added): the log is never unreadable for lack of a translation.

/** A next-intl translator over the whole catalog (getTranslations() or createTranslator()). */
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

// The log's text is data: only a plain identifier may become part of a catalog key (a dot in
// it would walk into another message, an empty one name a whole namespace).
const identifier = /^[A-Za-z][A-Za-z0-9_]*$/;

function word(t: Translate, key: string, part: string, fallback: string): string {
  return identifier.test(part) && t.has(key) ? t(key) : fallback;
}

export function actionName(t: Translate, code: string): string {
  return isAuditAction(code) ? t(`core.auditActions.${actionNameKey(code)}`) : code;
}

/** The name of an action group ("unit"), for "every action of this kind". */
export function actionGroupName(t: Translate, group: string): string {
  return word(t, `core.auditActions.groups.${group}`, group, group);
}

export function kindName(t: Translate, kind: string): string {
  return isRecordKind(kind) ? t(`core.auditFields.kinds.${kind}`) : kind;
}

export function fieldLabel(t: Translate, field: string): string {
  return word(t, `core.auditFields.fields.${field}`, field, field);
}

export function enumLabel(t: Translate, name: EnumName, value: string): string {
  return word(t, `${enumCatalogs[name]}.${value}`, value, value);
}

/** A resolved record's title as text. */
export function titleText(t: Translate, title: RecordTitle["title"]): string {
  return typeof title === "string" ? title : t(`core.audit.${title.key}`, title.values);
}

/** "活动 #54": how a record that cannot be found (deleted, or never a row) is named. */
export function fallbackTitle(t: Translate, ref: RecordRef): string {
  return t("core.audit.recordFallback", { kind: kindName(t, ref.kind), id: ref.id });
}
