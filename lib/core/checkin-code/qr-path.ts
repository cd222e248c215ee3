import { encode } from "uqr";

// The check-in QR code as one SVG path, drawn by React: the page never parses an SVG string
// (uqr's renderSVG), so no text can ever become markup there, whatever the link holds.

export type QrPath = { size: number; d: string };

/** The code's dark modules as unit squares on a `size`×`size` grid (the border included). */
export function qrPath(data: string, border = 2): QrPath {
  const { size, data: modules } = encode(data, { border });
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x},${y}h1v1h-1z`);
    }),
  );
  return { size, d: parts.join("") };
}
