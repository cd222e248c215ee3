import { describe, expect, it } from "vitest";
import { contentDisposition, formatFileSize, maxFileNameLength, sanitizeFileName } from "./file-name";

describe("sanitizeFileName", () => {
  it("drops paths and control characters and keeps CJK", () => {
    expect(sanitizeFileName("C:\\Users\\me\\议程 说明.pdf")).toBe("议程 说明.pdf");
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("a\u0000b\u001fc\u007f.pdf")).toBe("abc.pdf");
    expect(sanitizeFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(sanitizeFileName('a<b>:"c|?*.docx')).toBe("a_b___c___.docx");
    expect(sanitizeFileName("  two   spaces\tand tab.pdf ")).toBe("two spaces and tab.pdf");
  });

  it("falls back for names that are empty once cleaned, and strips leading dots", () => {
    expect(sanitizeFileName("")).toBe("attachment");
    expect(sanitizeFileName("dir/")).toBe("attachment");
    expect(sanitizeFileName("\u0001\u0002")).toBe("attachment");
    expect(sanitizeFileName(".hidden.pdf")).toBe("hidden.pdf");
  });

  it("limits the length to 200 characters and keeps the extension", () => {
    const long = `${"会".repeat(300)}.pptx`;
    const result = sanitizeFileName(long);
    expect(Array.from(result)).toHaveLength(maxFileNameLength);
    expect(result.endsWith(".pptx")).toBe(true);
    expect(Array.from(sanitizeFileName("😀".repeat(250)))).toHaveLength(maxFileNameLength);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("议程.pdf")).toBe(
      "attachment; filename=\"__.pdf\"; filename*=UTF-8''%E8%AE%AE%E7%A8%8B.pdf",
    );
    expect(contentDisposition("a'b (1).pdf")).toBe(
      "attachment; filename=\"a'b (1).pdf\"; filename*=UTF-8''a%27b%20%281%29.pdf",
    );
  });
});

describe("formatFileSize", () => {
  it("uses B, KB and MB", () => {
    expect(formatFileSize(812)).toBe("812 B");
    expect(formatFileSize(36_045)).toBe("35.2 KB");
    expect(formatFileSize(2 * 1024 * 1024)).toBe("2.0 MB");
  });
});
