import zhEnums from "@/lib/core/i18n/messages/zh-CN/core/enums.json";
import enEnums from "@/lib/core/i18n/messages/en/core/enums.json";
import { LeagueOrgType, UnitCategory } from "@/lib/generated/prisma/enums";
import type { ImportField } from "./fields";

// Turns what people type into spreadsheet cells into the values the unit schema expects:
// Chinese or English labels into enum values, 是/否 into true/false, 2023/2/21 into 2023-02-21.
// A value that cannot be understood is passed on unchanged, so validation reports it.

/** Quotes, spaces and letter case do not matter when comparing labels: “两新”组织 = 两新组织. */
function labelKey(label: string): string {
  return label.replace(/[\s"'“”‘’「」]/g, "").toLowerCase();
}

function choiceMap<V extends string>(values: readonly V[], ...catalogs: Array<Record<string, string>>) {
  const map = new Map<string, V>();
  for (const value of values) {
    map.set(labelKey(value), value);
    for (const catalog of catalogs) {
      const label = catalog[value];
      if (label) map.set(labelKey(label), value);
    }
  }
  return map;
}

const categories = choiceMap(Object.values(UnitCategory), zhEnums.UnitCategory, enEnums.UnitCategory);
const orgTypes = choiceMap(Object.values(LeagueOrgType), zhEnums.LeagueOrgType, enEnums.LeagueOrgType);

/** The Chinese labels people may use, for messages about a wrong choice. */
export const choiceLabels = {
  category: Object.values(zhEnums.UnitCategory).join("、"),
  orgType: Object.values(zhEnums.LeagueOrgType).join("、"),
  inDistrict: "是、否",
};

export function normaliseCategory(value: string): string {
  return categories.get(labelKey(value)) ?? value;
}

export function normaliseOrgType(value: string): string {
  return orgTypes.get(labelKey(value)) ?? value;
}

const yes = new Set(["是", "true", "yes", "y", "1", "辖区内", "√"]);
const no = new Set(["否", "false", "no", "n", "0", "辖区外", "×"]);

/**
 * "true"/"false" for a yes/no cell; blank means yes (most units are in the district, as in the
 * database's default); anything else comes back unchanged.
 */
export function normaliseYesNo(value: string): string {
  const key = value.trim().toLowerCase();
  if (key === "" || yes.has(key)) return "true";
  if (no.has(key)) return "false";
  return value;
}

/** 2023-2-21, 2023/02/21, 2023.2.21 and 2023年2月21日 become 2023-02-21. */
export function normaliseDate(value: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.trim());
  if (!match) return value.trim();
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** A row's cells as the unit schema's form fields (strings, like a submitted form). */
export function normaliseRow(cells: Partial<Record<ImportField, string>>): Record<ImportField, string> {
  const cell = (field: ImportField) => (cells[field] ?? "").trim();
  return {
    name: cell("name"),
    shortName: cell("shortName"),
    // Slugs are lower-case; people often type "China-Post".
    slug: cell("slug").toLowerCase(),
    category: normaliseCategory(cell("category")),
    orgType: normaliseOrgType(cell("orgType")),
    inDistrict: normaliseYesNo(cell("inDistrict")),
    address: cell("address"),
    contactName: cell("contactName"),
    contactPhone: cell("contactPhone"),
    joinedOn: normaliseDate(cell("joinedOn")),
  };
}
