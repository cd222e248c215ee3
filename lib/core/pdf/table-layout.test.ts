import { describe, expect, it } from "vitest";
import { columnWidths, layoutTable, unbreakableRuns } from "./table-layout";

// A page whose content area runs from y = 100 to y = 500 (400 points).
const page = { pageTop: 100, pageBottom: 500 };

describe("layoutTable", () => {
  it("keeps a table that fits on the page it starts on, header first, rows one below the other", () => {
    const layout = layoutTable({ ...page, startY: 150, headerHeight: 20, rowHeights: [30, 40] });
    expect(layout.headers).toEqual([{ page: 0, y: 150, height: 20 }]);
    expect(layout.rows).toEqual([
      { index: 0, page: 0, y: 170, height: 30, clipped: false },
      { index: 1, page: 0, y: 200, height: 40, clipped: false },
    ]);
    expect(layout.end).toEqual({ page: 0, y: 240 });
  });

  it("moves a row that would cross the bottom to the next page and repeats the header there", () => {
    // 20 header + 9 rows of 40 = 380: the 10th row ends at 520 > 500.
    const layout = layoutTable({ ...page, startY: 100, headerHeight: 20, rowHeights: Array(12).fill(40) });
    expect(layout.rows.filter((row) => row.page === 0)).toHaveLength(9);
    expect(layout.headers).toEqual([
      { page: 0, y: 100, height: 20 },
      { page: 1, y: 100, height: 20 },
    ]);
    expect(layout.rows[9]).toEqual({ index: 9, page: 1, y: 120, height: 40, clipped: false });
    expect(layout.end).toEqual({ page: 1, y: 240 });
  });

  it("never splits a row: every row ends inside its page's content area", () => {
    const heights = [15, 70, 33, 120, 8, 64, 250, 12, 90, 45, 300, 17, 60, 5];
    const layout = layoutTable({ ...page, startY: 430, headerHeight: 25, rowHeights: heights });
    for (const row of layout.rows) {
      expect(row.y).toBeGreaterThanOrEqual(page.pageTop);
      expect(row.y + row.height).toBeLessThanOrEqual(page.pageBottom);
      const header = layout.headers.find((h) => h.page === row.page);
      expect(header, `page ${row.page} has its header`).toBeDefined();
      expect(row.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    }
    expect(layout.rows.map((row) => row.index)).toEqual(heights.map((_, index) => index));
    // Pages only ever go forward, and each new page starts a fresh header.
    const pages = layout.rows.map((row) => row.page);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(layout.headers.map((h) => h.page)).toEqual([...new Set(pages)]);
  });

  it("does not leave the header alone at the foot of a page: it starts on the next page with its first row", () => {
    const layout = layoutTable({ ...page, startY: 470, headerHeight: 20, rowHeights: [30] });
    expect(layout.headers).toEqual([{ page: 1, y: 100, height: 20 }]);
    expect(layout.rows[0]).toMatchObject({ page: 1, y: 120 });
  });

  it("moves a table that fits on one page to the next page whole when asked to keep it together", () => {
    const input = { ...page, startY: 300, headerHeight: 20, rowHeights: Array(10).fill(20) };
    expect(layoutTable(input).rows.map((row) => row.page)).toContain(1);
    const kept = layoutTable({ ...input, keepTogether: true });
    expect(kept.headers).toEqual([{ page: 1, y: 100, height: 20 }]);
    expect(new Set(kept.rows.map((row) => row.page))).toEqual(new Set([1]));
  });

  it("splits a table too long for any page even when asked to keep it together", () => {
    const layout = layoutTable({
      ...page,
      startY: 300,
      headerHeight: 20,
      rowHeights: Array(30).fill(20),
      keepTogether: true,
    });
    expect(layout.headers[0]).toEqual({ page: 0, y: 300, height: 20 });
    expect(layout.headers).toHaveLength(3);
  });

  it("starts on the next page when the cursor is already past the bottom", () => {
    const layout = layoutTable({ ...page, startY: 520, headerHeight: 20, rowHeights: [] });
    expect(layout.headers).toEqual([{ page: 1, y: 100, height: 20 }]);
    expect(layout.end).toEqual({ page: 1, y: 120 });
  });

  it("cuts a row taller than a whole page to the page and marks it clipped", () => {
    const layout = layoutTable({ ...page, startY: 200, headerHeight: 20, rowHeights: [10, 900] });
    expect(layout.rows[1]).toEqual({ index: 1, page: 1, y: 120, height: 380, clipped: true });
  });

  it("accepts a row that overshoots the bottom by a rounding error", () => {
    const layout = layoutTable({ ...page, startY: 100, headerHeight: 20, rowHeights: [380.004] });
    expect(layout.rows[0]!.page).toBe(0);
  });

  it("refuses a header that cannot fit on any page", () => {
    expect(() => layoutTable({ ...page, startY: 100, headerHeight: 400, rowHeights: [1] })).toThrow(
      RangeError,
    );
  });
});

describe("columnWidths", () => {
  it("shares the width in proportion to the weights and adds up to the total", () => {
    const widths = columnWidths([2, 1, 1], 400);
    expect(widths).toEqual([200, 100, 100]);
  });

  it("gives every column its minimum first", () => {
    const widths = columnWidths([10, 0, 0], 300, 50);
    expect(widths).toEqual([200, 50, 50]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
  });

  it("splits evenly when no weight is positive", () => {
    expect(columnWidths([0, 0], 100)).toEqual([50, 50]);
  });

  it("keeps each column's own minimum (a header word must not break) and shares the rest by weight", () => {
    expect(columnWidths([1, 1, 1], 300, [150, 0, 0])).toEqual([200, 50, 50]);
  });

  it("scales the minimums down together when they cannot all fit", () => {
    const widths = columnWidths([1, 1], 100, [150, 50]);
    expect(widths).toEqual([75, 25]);
  });
});

describe("unbreakableRuns", () => {
  it("finds Latin words and numbers, not CJK text, which may break between any two characters", () => {
    expect(unbreakableRuns("Commitments (confirmed/submitted)")).toEqual([
      "Commitments",
      "confirmed",
      "submitted",
    ]);
    expect(unbreakableRuns("志愿者（人次）")).toEqual([]);
    expect(unbreakableRuns("会议出席 2025")).toEqual(["2025"]);
  });
});
