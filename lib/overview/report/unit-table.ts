import { Commitment } from "@/lib/generated/prisma/enums";
import { sumColumn, type ReportTable, type TableStyle } from "./table-cells";
import type { ReportText } from "./text";
import type { AnnualReport } from "./types";

// The per-unit table: the five commitments, items led and joined, meeting attendance,
// volunteers and hours (getUnitYearTable's rows). On paper the commitments are marks and pairs
// are "3/4"; in the workbook every value has its own column.

export const commitmentOrder = Object.values(Commitment);

export function unitsTable(report: AnnualReport, text: ReportText, style: TableStyle): ReportTable {
  const { t } = text;
  const rows = report.units;
  const commitmentColumns = commitmentOrder.map((commitment) => ({
    header: t(`commitmentShort.${commitment}`),
    center: true,
    weight: style === "print" ? 0.75 : 1,
  }));
  const standing = (row: (typeof rows)[number], commitment: Commitment) =>
    row.commitments.find((entry) => entry.commitment === commitment)?.status ?? "NOT_STARTED";
  const total = (pick: (row: (typeof rows)[number]) => number) => sumColumn(rows, pick);
  if (style === "print") {
    return {
      key: "units",
      title: t("sheets.units"),
      columns: [
        { header: t("unitTable.unit"), weight: 4 },
        ...commitmentColumns,
        { header: t("unitTable.commitments"), numeric: true, weight: 1.3 },
        { header: t("unitTable.led"), numeric: true },
        { header: t("unitTable.joined"), numeric: true },
        { header: t("unitTable.attendance"), numeric: true },
        { header: t("unitTable.volunteers"), numeric: true, weight: 1.2 },
        { header: t("unitTable.hours"), numeric: true, weight: 1.2 },
      ],
      rows: rows.map((row) => [
        row.unit.name,
        ...commitmentOrder.map((commitment) => {
          const status = standing(row, commitment);
          return {
            mark: t(`unitTable.mark.${status}`),
            label: `${t(`commitmentShort.${commitment}`)}：${t(`unitTable.status.${status}`)}`,
          };
        }),
        `${row.confirmed}/${row.claimed}`,
        row.led,
        row.joined,
        `${row.meetings.attended}/${row.meetings.invited}`,
        row.volunteers,
        row.hours,
      ]),
    };
  }
  return {
    key: "units",
    title: t("sheets.units"),
    columns: [
      { header: t("unitTable.unit"), weight: 3 },
      { header: t("unitTable.category"), weight: 1.5 },
      ...commitmentColumns,
      ...(
        ["claimed", "confirmed", "led", "joined", "attended", "invited", "volunteers", "hours"] as const
      ).map((key) => ({ header: t(`unitTable.${key}`), numeric: true })),
    ],
    rows: rows.map((row) => [
      row.unit.name,
      text.category(row.unit.category),
      ...commitmentOrder.map((commitment) => t(`unitTable.status.${standing(row, commitment)}`)),
      row.claimed,
      row.confirmed,
      row.led,
      row.joined,
      row.meetings.attended,
      row.meetings.invited,
      row.volunteers,
      row.hours,
    ]),
    // Volunteers and hours have no total here: a unit's share of an activity done together is
    // counted for each unit that took part, so the units' figures need not add up to the year's.
    total: [
      t("unitTable.total"),
      "",
      ...commitmentOrder.map(() => ""),
      total((row) => row.claimed),
      total((row) => row.confirmed),
      total((row) => row.led),
      total((row) => row.joined),
      total((row) => row.meetings.attended),
      total((row) => row.meetings.invited),
      "",
      "",
    ],
  };
}
