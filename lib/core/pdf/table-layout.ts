// Where a table's header and rows go on the pages of a PDF, from their measured heights. Pure,
// so page breaks are tested without drawing: table.ts measures the cells and draws what this
// decides. The rules are the print page's (globals.css, .print-table): a row is never split
// across pages, the header repeats at the top of every page the table continues on, and a
// header never stands alone at the foot of a page.

export type TableLayoutInput = {
  headerHeight: number;
  rowHeights: readonly number[];
  /** Where the table starts on the page the document is on. */
  startY: number;
  /** The top of a new page's content area. */
  pageTop: number;
  /** The bottom of a page's content area (where the bottom margin begins). */
  pageBottom: number;
  /** Start on a new page rather than split a table that would fit on one page whole. */
  keepTogether?: boolean;
};

/** `page` counts from the page the table starts on (0) onwards. */
export type PlacedBlock = { page: number; y: number; height: number };
/** `clipped`: the row is taller than a page can hold and is cut to the space there is. */
export type PlacedRow = PlacedBlock & { index: number; clipped: boolean };
export type TableLayout = {
  headers: PlacedBlock[];
  rows: PlacedRow[];
  /** The page and position right below the table. */
  end: { page: number; y: number };
};

// Measured heights are sums of floating-point line heights: a hair over is still a fit.
const tolerance = 0.01;

export function layoutTable(input: TableLayoutInput): TableLayout {
  const { headerHeight, rowHeights, pageTop, pageBottom } = input;
  const maxRow = pageBottom - pageTop - headerHeight;
  if (!(maxRow > 0)) throw new RangeError("The table header does not fit on a page");
  const fits = (y: number, height: number) => y + height <= pageBottom + tolerance;

  const headers: PlacedBlock[] = [];
  const rows: PlacedRow[] = [];
  let page = 0;
  let y = input.startY;
  const firstRow = Math.min(rowHeights[0] ?? 0, maxRow);
  const whole = headerHeight + rowHeights.reduce((sum, height) => sum + height, 0);
  const moveWhole = input.keepTogether && !fits(y, whole) && fits(pageTop, whole);
  if ((moveWhole || !fits(y, headerHeight + firstRow)) && y > pageTop) {
    page += 1;
    y = pageTop;
  }
  headers.push({ page, y, height: headerHeight });
  y += headerHeight;

  rowHeights.forEach((wanted, index) => {
    const height = Math.min(wanted, maxRow);
    if (!fits(y, height)) {
      page += 1;
      y = pageTop;
      headers.push({ page, y, height: headerHeight });
      y += headerHeight;
    }
    rows.push({ index, page, y, height, clipped: height < wanted });
    y += height;
  });
  return { headers, rows, end: { page, y } };
}

/**
 * Column widths that fill `total` in proportion to `weights`, each at least its minimum (one
 * number for all, or one per column; scaled down together when they cannot all fit), the rest
 * shared out by weight. Callers describe columns by how much text they hold, not by points.
 */
export function columnWidths(
  weights: readonly number[],
  total: number,
  min: number | readonly number[] = 0,
): number[] {
  if (weights.length === 0) return [];
  const mins = weights.map((_, index) => Math.max(0, typeof min === "number" ? min : (min[index] ?? 0)));
  const minSum = mins.reduce((acc, value) => acc + value, 0);
  const floors = minSum > total ? mins.map((value) => (value * total) / minSum) : mins;
  const rest = total - floors.reduce((acc, value) => acc + value, 0);
  const sum = weights.reduce((acc, weight) => acc + Math.max(weight, 0), 0);
  return weights.map((weight, index) =>
    sum > 0 ? floors[index]! + (rest * Math.max(weight, 0)) / sum : floors[index]! + rest / weights.length,
  );
}

/** The runs of a header that cannot be broken: Latin words and numbers (CJK breaks anywhere). */
export function unbreakableRuns(text: string): string[] {
  return text.match(/[\p{Script=Latin}\p{N}'’&.-]+/gu) ?? [];
}
