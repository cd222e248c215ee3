import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
import type { ChartData } from "./chart-option";

export type ChartFigureProps = ChartData & {
  /** What the chart shows: the figure's caption, the picture's name and the table's caption. */
  title: string;
  /** The rendered SVG (renderChartSvg): catalog strings and numbers only. */
  svg: string;
  /** The table's first column header (e.g. "月份"). */
  categoryHeader: string;
  /** The disclosure's label (e.g. "以表格显示"). */
  showTable: string;
  formatNumber: (value: number) => string;
  /** More columns for the table only (e.g. the month's hours beside a chart of its volunteers). */
  tableOnly?: ChartData["series"];
};

/**
 * A chart as a figure: the SVG picture (named for assistive technology by its caption) and the
 * same numbers as a table in a <details> disclosure, which opens without JavaScript and is read
 * by screen readers like any table.
 */
export function ChartFigure({
  title,
  svg,
  categories,
  series,
  categoryHeader,
  showTable,
  formatNumber,
  tableOnly = [],
}: ChartFigureProps) {
  const columns = [...series, ...tableOnly];
  return (
    <figure className="space-y-2">
      <figcaption className="text-base font-semibold">{title}</figcaption>
      <div
        role="img"
        aria-label={title}
        className="w-full rounded-lg border border-stone-200 bg-white p-2"
        // The markup comes from renderChartSvg over catalog strings and numbers (never user text).
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <details className="text-sm">
        <summary className="cursor-pointer py-1 text-brand-700 underline underline-offset-2">
          {showTable}
        </summary>
        <Table caption={title} className="mt-2">
          <thead>
            <HeadRow>
              <Th>{categoryHeader}</Th>
              {columns.map((entry) => (
                <Th key={entry.name} numeric>
                  {entry.name}
                </Th>
              ))}
            </HeadRow>
          </thead>
          <tbody>
            {categories.map((category, index) => (
              <BodyRow key={category}>
                <Th scope="row">{category}</Th>
                {columns.map((entry) => (
                  <Td key={entry.name} numeric>
                    {formatNumber(entry.values[index] ?? 0)}
                  </Td>
                ))}
              </BodyRow>
            ))}
          </tbody>
        </Table>
      </details>
    </figure>
  );
}
