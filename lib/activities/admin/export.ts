import "server-only";
import ExcelJS from "exceljs";
import { db } from "@/lib/core/db";
import { plannedFieldsSelect } from "@/lib/activities/plan/planned-fields";
import { csvBom, csvLine, xlsxCell } from "@/lib/core/spreadsheet/cells";
import type { Locale } from "@/lib/core/i18n/config";
import { loadMessages } from "@/lib/core/i18n/messages";

// The year's list as a spreadsheet for the committee: every activity in list order with its lead
// unit, status and how many units joined. Labels follow the admin's language.

export const exportColumns = [
  "position",
  "title",
  "type",
  "commitment",
  "plannedMonth",
  "plannedDate",
  "channel",
  "format",
  "reach",
  "capacity",
  "place",
  "leadUnit",
  "status",
  "joined",
  "cancelReason",
] as const;

export type ExportTable = { header: string[]; rows: Array<Array<string | number>> };

export async function buildExportTable(year: number, locale: Locale): Promise<ExportTable> {
  const messages = await loadMessages(locale);
  const labels = (messages.activities.admin as { export: Record<string, string> }).export;
  const enums = messages.core.enums as Record<string, Record<string, string>>;
  const t = (key: string) => labels[key] ?? key;
  const te = (path: string) => {
    const [name = "", code = ""] = path.split(".");
    return enums[name]?.[code] ?? code;
  };
  const [activities] = await Promise.all([
    db.activity.findMany({
      where: { year },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        ...plannedFieldsSelect,
        venue: { select: { name: true } },
        community: { select: { name: true } },
        leadUnit: { select: { name: true } },
        status: true,
        cancelReason: true,
        _count: { select: { participations: { where: { status: "JOINED" } } } },
      },
    }),
  ]);
  return {
    header: exportColumns.map((column) => t(column)),
    rows: activities.map((activity, index) => [
      index + 1,
      activity.title,
      te(`ActivityType.${activity.type}`),
      te(`Commitment.${activity.commitment}`),
      activity.plannedMonth,
      activity.plannedDate ? activity.plannedDate.toISOString().slice(0, 10) : "",
      te(`ActivityChannel.${activity.channel}`),
      te(`ActivityFormat.${activity.format}`),
      te(`ActivityReach.${activity.reach}`),
      activity.capacity ?? "",
      activity.venue?.name ?? activity.community?.name ?? (activity.place || t("online")),
      activity.leadUnit?.name ?? "",
      te(`ActivityStatus.${activity.status}`),
      activity._count.participations,
      activity.cancelReason,
    ]),
  };
}

/** UTF-8 with a byte order mark (Excel), formula-like cells defused (lib/core/spreadsheet/cells.ts). */
export function tableToCsv(table: ExportTable): string {
  return csvBom + csvLine(table.header) + table.rows.map((row) => csvLine(row)).join("");
}

// Workbook text cells are stored as text anyway, but defused too: they stay harmless when the
// sheet is saved again as CSV.
export async function tableToXlsx(table: ExportTable, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map(xlsxCell));
  }
  sheet.columns.forEach((column) => (column.width = 16));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
