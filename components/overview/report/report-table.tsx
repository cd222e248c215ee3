import type { ReactNode } from "react";
import { cellText, type ReportCell, type ReportTable } from "@/lib/overview/report/tables";
import type { ReportText } from "@/lib/overview/report/text";

/**
 * One of the report's tables (lib/overview/report/tables.ts, the same as in the PDF and the
 * workbook) as a bordered table that prints well: rows never split, the header repeats on every
 * printed page (globals.css .print-table). The first cell of a row names it (th scope="row").
 */
export function ReportTableView({
  table,
  text,
  caption,
  rowName,
}: {
  table: ReportTable;
  text: ReportText;
  caption?: string;
  /** The row's name, e.g. a link to the unit (default: the first cell's text). */
  rowName?: (index: number) => ReactNode;
}) {
  const border = "border border-stone-300 px-2 py-1";
  const align = (index: number) =>
    table.columns[index]?.numeric
      ? "text-right tabular-nums"
      : table.columns[index]?.center
        ? "text-center"
        : "";
  const cell = (value: ReportCell) =>
    typeof value === "object" ? (
      <>
        <span aria-hidden="true">{value.mark}</span>
        <span className="sr-only">{value.label}</span>
      </>
    ) : (
      cellText(value, text)
    );
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="print-table w-full border-collapse text-sm print:text-[8pt]">
        <caption className="sr-only">{caption ?? table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={`${border} bg-stone-100 text-left align-bottom font-semibold`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((value, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={`${border} text-left font-medium`}>
                    {rowName ? rowName(rowIndex) : cell(value)}
                  </th>
                ) : (
                  <td key={index} className={`${border} ${align(index)}`}>
                    {cell(value)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {table.total ? (
          <tfoot>
            <tr className="font-semibold">
              {table.total.map((value, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={`${border} text-left`}>
                    {cell(value)}
                  </th>
                ) : (
                  <td key={index} className={`${border} ${align(index)}`}>
                    {cell(value)}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
