import "server-only";
import { readFile } from "node:fs/promises";

// PDFs the portal writes carry Chinese text, which none of the 14 standard PDF fonts can show:
// a CJK font is embedded (only the glyphs used, pdfkit subsets it). The default is the one
// Debian's fonts-noto-cjk installs (the same package the end-to-end tests' Chromium uses);
// PDF_CJK_FONT points elsewhere, PDF_CJK_FONT_NAME picks the face inside a collection (.ttc).

export const defaultCjkFontPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/** The Simplified Chinese face of the Noto Sans CJK collection. */
export const defaultCjkFontName = "NotoSansCJKsc-Regular";

export type CjkFontSetting = { path: string; name: string };
export type LoadedFont = { data: Buffer; name: string; path: string };

/** Raised when the font cannot be read or opened: the caller answers an error page, not a 500. */
export class PdfFontUnavailableError extends Error {
  constructor(
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`PDF font unavailable: ${path}`, options);
    this.name = "PdfFontUnavailableError";
  }
}

export function cjkFontSetting(env: Record<string, string | undefined> = process.env): CjkFontSetting {
  return {
    path: env.PDF_CJK_FONT?.trim() || defaultCjkFontPath,
    name: env.PDF_CJK_FONT_NAME?.trim() || defaultCjkFontName,
  };
}

// The collection is ~19 MB: read once per process and path. A failed read is not remembered,
// so installing the font later works without a restart.
const cache = new Map<string, Promise<Buffer>>();

export async function loadCjkFont(setting: CjkFontSetting = cjkFontSetting()): Promise<LoadedFont> {
  let reading = cache.get(setting.path);
  if (!reading) {
    reading = readFile(setting.path);
    cache.set(setting.path, reading);
  }
  try {
    return { data: await reading, name: setting.name, path: setting.path };
  } catch (error) {
    cache.delete(setting.path);
    throw new PdfFontUnavailableError(setting.path, { cause: error });
  }
}
