import { importFields, requiredFields, type FileError, type ImportField } from "./types";

// Maps a file's header row to unit fields. The template's English names and the Chinese names
// people type in Excel are both accepted, in any order and letter case.

export const headerAliases: Record<ImportField, readonly string[]> = {
  name: ["name", "单位名称", "名称", "单位全称"],
  shortName: ["shortName", "short name", "简称", "单位简称"],
  slug: ["slug", "标识", "网址标识", "英文标识"],
  category: ["category", "类别", "单位类别"],
  orgType: ["orgType", "org type", "团组织类型", "组织类型"],
  inDistrict: ["inDistrict", "in district", "是否辖区内", "辖区内"],
  address: ["address", "地址", "单位地址"],
  contactName: ["contactName", "contact name", "联系人"],
  contactPhone: ["contactPhone", "contact phone", "联系电话", "电话"],
  joinedOn: ["joinedOn", "joined on", "加入日期", "加入时间"],
};

/** Columns people add for their own use (a running number); their values are not imported. */
const ignoredHeaders = new Set(["序号", "#", "no", "no."]);

/** Case, spaces, underscores, hyphens, a "*" marking required and "(必填)" do not matter. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(/[（(]\s*必填\s*[)）]/g, "")
    .replace(/[\s_*-]/g, "")
    .toLowerCase();
}

const aliasToField = new Map<string, ImportField>(
  importFields.flatMap((field) => headerAliases[field].map((alias) => [normaliseHeader(alias), field])),
);

/** "name（单位名称）、shortName（简称）…": what a file-level error lists as expected. */
export function describeExpectedColumns(): string {
  const chinese = (field: ImportField) => headerAliases[field].find((alias) => /[\u4e00-\u9fff]/.test(alias));
  return importFields.map((field) => `${field}（${chinese(field) ?? field}）`).join("、");
}

export type HeaderMapping =
  { ok: true; columns: Array<ImportField | null> } | { ok: false; error: FileError };

/** Which field each column holds (null: ignored), or the file-level error about the header. */
export function mapHeaders(header: readonly string[]): HeaderMapping {
  const columns: Array<ImportField | null> = [];
  const unknown: string[] = [];
  const seen = new Set<ImportField>();
  const repeated = new Set<string>();
  for (const cell of header) {
    const key = normaliseHeader(cell);
    const field = aliasToField.get(key);
    if (field) {
      if (seen.has(field)) repeated.add(cell.trim());
      seen.add(field);
    } else if (key !== "" && !ignoredHeaders.has(key)) {
      unknown.push(cell.trim());
    }
    columns.push(field ?? null);
  }
  const expected = describeExpectedColumns();
  const missing = requiredFields.filter((field) => !seen.has(field));
  if (missing.length > 0) {
    return {
      ok: false,
      error: { key: "unitsAdmin.import.missingColumns", values: { columns: missing.join("、"), expected } },
    };
  }
  if (unknown.length > 0) {
    return {
      ok: false,
      error: { key: "unitsAdmin.import.unknownColumns", values: { columns: unknown.join("、"), expected } },
    };
  }
  if (repeated.size > 0) {
    return {
      ok: false,
      error: { key: "unitsAdmin.import.repeatedColumns", values: { columns: [...repeated].join("、") } },
    };
  }
  return { ok: true, columns };
}
