import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
import type { ChartData } from "./chart-option";

export type ChartFigureProps = ChartData & {
  /** What the chart shows: the figure's caption, the picture's name and the table's caption. */
  title: string;
  /**
   * The picture: the rendered SVG (renderChartSvg: catalog strings and numbers only) inline, or
   * the address of a route that serves it (a public page under its weight budget: inline, the
   * SVG travels twice, in the HTML and in the React payload) with its drawn size.
   */
  svg: string | { src: string; width: number; height: number };
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
      {typeof svg === "string" ? (
        <div
          role="img"
          aria-label={title}
          className="w-full rounded-lg border border-stone-200 bg-white p-2"
          // The markup comes from renderChartSvg over catalog strings and numbers (never user text).
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own route
        <img
          src={svg.src}
          width={svg.width}
          height={svg.height}
          alt={title}
          className="h-auto w-full rounded-lg border border-stone-200 bg-white p-2"
        />
      )}
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
