import enZh from "@/lib/core/i18n/messages/zh-CN/core/enums.json";
import enEn from "@/lib/core/i18n/messages/en/core/enums.json";

// A cell naming a choice: the code (VOLUNTEER_SERVICE), or its label in Chinese or English
// as the site shows it ("志愿服务"); labels with alternatives ("学习交流 / 读书会") match each part.

type EnumName = "ActivityType" | "Commitment" | "ActivityChannel" | "ActivityFormat" | "ActivityReach";

const normalise = (value: string) => value.replace(/\s+/g, "").toLowerCase();

function lookup(name: EnumName): Map<string, string> {
  const map = new Map<string, string>();
  for (const catalog of [enZh, enEn] as Array<Record<string, Record<string, string>>>) {
    for (const [code, label] of Object.entries(catalog[name] ?? {})) {
      map.set(normalise(code), code);
      map.set(normalise(label), code);
      for (const part of label.split("/")) if (part.trim()) map.set(normalise(part), code);
    }
  }
  return map;
}

const tables = new Map<EnumName, Map<string, string>>();

/** The enum code a cell names, or null when it names none. */
export function parseEnumCell(name: EnumName, cell: string): string | null {
  let table = tables.get(name);
  if (!table) tables.set(name, (table = lookup(name)));
  return table.get(normalise(cell)) ?? null;
}
