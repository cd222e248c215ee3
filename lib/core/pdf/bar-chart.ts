import "server-only";
import { contentArea, ensureSpace, type PdfDoc } from "./document";
import { niceMax } from "./scale";

// A plain vector bar chart for printed documents (the web pages use ECharts; a PDF has no
// browser to run it). Labels are catalog strings and numbers: the caller passes them formatted.

export type PdfBar = { label: string; value: number };

export type PdfBarChart = {
  bars: readonly PdfBar[];
  /** The number as printed above its bar. */
  format?: (value: number) => string;
  height?: number;
  color?: string;
};

export function drawBarChart(doc: PdfDoc, chart: PdfBarChart): void {
  const height = chart.height ?? 120;
  const labelHeight = 14;
  ensureSpace(doc, height + labelHeight * 2);
  const area = contentArea(doc);
  const axisWidth = 30;
  const top = doc.y + labelHeight;
  const baseline = top + height;
  const left = area.left + axisWidth;
  const width = area.width - axisWidth;
  const max = niceMax(Math.max(0, ...chart.bars.map((bar) => bar.value)));
  const format = chart.format ?? ((value: number) => String(value));
  const slot = chart.bars.length > 0 ? width / chart.bars.length : width;
  const barWidth = slot * 0.6;

  doc.lineWidth(0.5).fontSize(7).fillColor("#57534e");
  for (const fraction of [0, 0.5, 1]) {
    const y = baseline - height * fraction;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .stroke("#d6d3d1");
    doc.text(format(max * fraction), area.left, y - 3.5, {
      width: axisWidth - 4,
      align: "right",
      lineBreak: false,
    });
  }
  chart.bars.forEach((bar, index) => {
    const x = left + slot * index + (slot - barWidth) / 2;
    const barHeight = max > 0 ? (height * bar.value) / max : 0;
    if (barHeight > 0) doc.rect(x, baseline - barHeight, barWidth, barHeight).fill(chart.color ?? "#b91c1c");
    // Empty months stay blank: a row of zeros would hide the months that count.
    if (bar.value !== 0) {
      doc.fillColor("#1c1917").fontSize(7);
      doc.text(format(bar.value), x - 6, baseline - barHeight - 10, {
        width: barWidth + 12,
        align: "center",
        lineBreak: false,
      });
    }
    doc.fillColor("#57534e");
    doc.text(bar.label, left + slot * index, baseline + 3, {
      width: slot,
      align: "center",
      lineBreak: false,
    });
  });
  doc.x = area.left;
  doc.y = baseline + labelHeight + 6;
}
