import "server-only";
import { contentArea, type PdfDoc } from "./document";
import { columnWidths, layoutTable, unbreakableRuns } from "./table-layout";

// A bordered table across the content width: cells wrap, rows stay whole, the header repeats
// on every page (the rules are in table-layout.ts, tested there).

export type PdfColumn = {
  header: string;
  /** Share of the width, relative to the other columns. */
  weight?: number;
  align?: "left" | "right" | "center";
};

export type PdfTable = {
  columns: readonly PdfColumn[];
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
  fontSize?: number;
  /** Move the table to the next page rather than split it, when it fits on one page. */
  keepTogether?: boolean;
};

const padding = 3;
const border = "#a8a29e";
const headerFill = "#f5f5f4";

export function drawTable(doc: PdfDoc, table: PdfTable): void {
  const area = contentArea(doc);
  const fontSize = table.fontSize ?? 9;
  doc.fontSize(fontSize);
  // A header's words stay whole ("Livelihood" never becomes "Liveliho / od").
  const minimums = table.columns.map(
    (column) =>
      Math.max(fontSize * 2, ...unbreakableRuns(column.header).map((run) => doc.widthOfString(run))) +
      2 * padding +
      1,
  );
  const widths = columnWidths(
    table.columns.map((column) => column.weight ?? 1),
    area.width,
    minimums,
  );
  const lefts = widths.map((_, index) => area.left + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const measure = (cells: ReadonlyArray<string | number>) =>
    Math.max(
      fontSize,
      ...cells.map((cell, index) =>
        doc.heightOfString(String(cell), { width: widths[index]! - 2 * padding }),
      ),
    ) +
    2 * padding;
  const header = table.columns.map((column) => column.header);
  const layout = layoutTable({
    headerHeight: measure(header),
    rowHeights: table.rows.map(measure),
    startY: doc.y,
    pageTop: area.top,
    pageBottom: area.bottom,
    keepTogether: table.keepTogether,
  });

  let page = 0;
  const goTo = (target: number) => {
    for (; page < target; page += 1) doc.addPage();
  };
  const drawRow = (
    cells: ReadonlyArray<string | number>,
    y: number,
    height: number,
    isHeader: boolean,
    clipped = false,
  ) => {
    cells.forEach((cell, index) => {
      const x = lefts[index]!;
      const width = widths[index]!;
      doc.lineWidth(0.5);
      if (isHeader) doc.rect(x, y, width, height).fillAndStroke(headerFill, border);
      else doc.rect(x, y, width, height).stroke(border);
      doc
        .fillColor("#1c1917")
        .fontSize(fontSize)
        .text(String(cell), x + padding, y + padding, {
          width: width - 2 * padding,
          align: isHeader ? "left" : (table.columns[index]?.align ?? "left"),
          // Only a clipped row gets a height: pdfkit drops a last line that ends a hair below it.
          ...(clipped ? { height: height - 2 * padding, ellipsis: true } : {}),
        });
    });
  };

  let rowIndex = 0;
  for (const placed of layout.headers) {
    goTo(placed.page);
    drawRow(header, placed.y, placed.height, true);
    for (; rowIndex < layout.rows.length && layout.rows[rowIndex]!.page === placed.page; rowIndex += 1) {
      const row = layout.rows[rowIndex]!;
      drawRow(table.rows[row.index]!, row.y, row.height, false, row.clipped);
    }
  }
  goTo(layout.end.page);
  doc.x = area.left;
  doc.y = layout.end.y + fontSize;
}
