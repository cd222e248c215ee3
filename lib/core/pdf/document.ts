import "server-only";
import PDFDocument from "pdfkit";
import { PdfFontUnavailableError, type LoadedFont } from "./font";

// An A4 document with the CJK font as its only text font, written to memory. Drawing code gets
// the pdfkit document and the few helpers below; the page numbers are added at the end, when
// the number of pages is known (bufferPages).

export type PdfDoc = PDFKit.PDFDocument;

export type PdfOptions = {
  title: string;
  author?: string;
  subject?: string;
  /** BCP 47 language of the text (screen readers, text extraction). */
  lang: string;
  font: LoadedFont;
  /** The footer of every page, e.g. "第 1 页，共 3 页". */
  footer?: (page: number, pages: number) => string;
};

/** A4 with the print page's margins (globals.css: 18 mm top and bottom, 15 mm at the sides). */
const mm = 72 / 25.4;
export const pageMargins = { top: 18 * mm, bottom: 18 * mm, left: 15 * mm, right: 15 * mm };
const bodyFont = "body";

export async function renderPdf(options: PdfOptions, draw: (doc: PdfDoc) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: pageMargins,
    bufferPages: true,
    lang: options.lang,
    displayTitle: true,
    // pdfkit derives the file's ID from the creation date: the info must carry one.
    info: {
      Title: options.title,
      CreationDate: new Date(),
      ...(options.author ? { Author: options.author } : {}),
      ...(options.subject ? { Subject: options.subject } : {}),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont(bodyFont, options.font.data, options.font.name);
  try {
    doc.font(bodyFont);
  } catch (error) {
    // Not a font, or no face of that name in the collection (PDF_CJK_FONT_NAME).
    throw new PdfFontUnavailableError(options.font.path, { cause: error });
  }
  draw(doc);
  if (options.footer) addFooters(doc, options.footer);
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

function addFooters(doc: PdfDoc, footer: NonNullable<PdfOptions["footer"]>) {
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    const page = doc.switchToPage(range.start + index);
    // Writing inside the bottom margin would make pdfkit start a new page.
    const bottom = page.margins.bottom;
    page.margins.bottom = 0;
    doc
      .fontSize(8)
      .fillColor("#57534e")
      .text(footer(index + 1, range.count), pageMargins.left, page.height - bottom / 2 - 4, {
        width: page.width - pageMargins.left - pageMargins.right,
        align: "center",
        lineBreak: false,
      });
    page.margins.bottom = bottom;
  }
}

/** The current page's content area. */
export function contentArea(doc: PdfDoc) {
  const { width, height, margins } = doc.page;
  return {
    left: margins.left,
    top: margins.top,
    width: width - margins.left - margins.right,
    bottom: height - margins.bottom,
  };
}

/** Starts a new page unless `height` points still fit below the cursor. */
export function ensureSpace(doc: PdfDoc, height: number): void {
  if (doc.y + height > contentArea(doc).bottom) doc.addPage();
}

/**
 * A heading kept with what follows it: `keep` points of the next block must fit below it, or
 * it moves to the next page (the print page's `break-after: avoid`).
 */
export function heading(doc: PdfDoc, text: string, size: number, keep = 60): void {
  const area = contentArea(doc);
  doc.fontSize(size);
  ensureSpace(doc, doc.heightOfString(text, { width: area.width }) + keep);
  doc.fillColor("#1c1917").text(text, area.left, doc.y, { width: area.width });
  doc.moveDown(0.4);
}

/** Running text across the content width (pdfkit carries it onto new pages itself). */
export function paragraph(doc: PdfDoc, text: string, size = 10, color = "#1c1917"): void {
  const area = contentArea(doc);
  doc.fontSize(size).fillColor(color).text(text, area.left, doc.y, { width: area.width });
  doc.moveDown(0.5);
}
