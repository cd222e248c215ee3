import { columnMapper, normaliseHeader } from "@/lib/core/table-import/columns";
import { importFields, requiredFields, type ImportField } from "./fields";

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

export { normaliseHeader };

/** "name（单位名称）、shortName（简称）…": what a file-level error lists as expected. */
export function describeExpectedColumns(): string {
  const chinese = (field: ImportField) => headerAliases[field].find((alias) => /[\u4e00-\u9fff]/.test(alias));
  return importFields.map((field) => `${field}（${chinese(field) ?? field}）`).join("、");
}

/** Which field each column holds (null: ignored), or the file-level error about the header. */
export const mapHeaders = columnMapper<ImportField>({
  aliases: headerAliases,
  required: requiredFields,
  expected: describeExpectedColumns(),
  messages: "units.admin.import",
});
