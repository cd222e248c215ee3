import { describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { renderPdf } from "./document";
import { loadCjkFont, PdfFontUnavailableError } from "./font";
import { drawTable } from "./table";

// Draws through pdfkit with the system CJK font (fonts-noto-cjk, as in production) and reads
// the text back, page by page.

async function pagesOf(bytes: Uint8Array): Promise<string[]> {
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

describe("drawTable in a PDF", () => {
  it("carries a long table onto further pages with the header repeated and every row once", async () => {
    const rows = Array.from({ length: 90 }, (_, index) => [`单位${index + 1}号`, index + 1, "已确认"]);
    const bytes = await renderPdf(
      {
        title: "表格",
        lang: "zh-CN",
        font: await loadCjkFont(),
        footer: (page, pages) => `第 ${page} / ${pages} 页`,
      },
      (doc) =>
        drawTable(doc, {
          columns: [{ header: "成员单位", weight: 3 }, { header: "序号" }, { header: "状态" }],
          rows,
        }),
    );
    const pages = await pagesOf(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text).toContain("成员单位");
      expect(text).toContain(`第 ${index + 1} / ${pages.length} 页`);
    });
    const all = pages.join("\n");
    for (let n = 1; n <= 90; n += 1) expect(all.match(new RegExp(`单位${n}号`, "g"))).toHaveLength(1);
  });

  it("wraps long cell text inside its row instead of running into the next column", async () => {
    const long = "润州青年公益林".repeat(12);
    const bytes = await renderPdf({ title: "t", lang: "zh-CN", font: await loadCjkFont() }, (doc) =>
      drawTable(doc, {
        columns: [
          { header: "活动", weight: 1 },
          { header: "人数", weight: 1 },
        ],
        rows: [[long, 100]],
      }),
    );
    const [page] = await pagesOf(bytes);
    expect(page!.replace(/\s/g, "")).toContain(long);
  });

  it("reports a missing font or a wrong face name as PdfFontUnavailableError", async () => {
    await expect(loadCjkFont({ path: "/nonexistent/font.ttc", name: "x" })).rejects.toBeInstanceOf(
      PdfFontUnavailableError,
    );
    const font = { ...(await loadCjkFont()), name: "NoSuchFace" };
    await expect(renderPdf({ title: "t", lang: "zh-CN", font }, () => {})).rejects.toBeInstanceOf(
      PdfFontUnavailableError,
    );
  });
});
