import { beforeAll, describe, expect, it } from "vitest";
import { xlsxBytes } from "@/tests/factories/unit-import-files";
import { zipBomb, zipOf } from "@/tests/factories/zip-files";
import { checkWorkbookArchive, countTags, readCentralDirectory, zipLimits } from "./zip-limits";

const tooLarge = {
  key: "units.admin.import.workbookTooLarge",
  values: { maxMb: zipLimits.maxUnpackedBytes / 1024 / 1024, maxRows: 500 },
};
const sheet = (body: string) =>
  Buffer.from(`<?xml version="1.0"?><worksheet><sheetData>${body}</sheetData></worksheet>`);

/** Bytes of ArrayBuffers allocated while `run` runs: unpacking 150 MB would show here. */
function externalGrowth(run: () => unknown) {
  const before = process.memoryUsage().arrayBuffers;
  const result = run();
  return { result, grown: process.memoryUsage().arrayBuffers - before };
}

describe("checkWorkbookArchive", () => {
  let bomb: Uint8Array;
  let lyingBomb: Uint8Array;
  beforeAll(() => {
    bomb = zipBomb(150);
    lyingBomb = zipBomb(150, { lie: true });
  });

  it("lets a real workbook through", async () => {
    const workbook = await xlsxBytes([["name"], ["甲单位"], ["乙单位"]]);
    expect(checkWorkbookArchive(workbook, 500)).toBeNull();
    expect(readCentralDirectory(workbook)).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "xl/worksheets/sheet1.xml" })]),
    );
  });

  it("refuses a 150 KB archive declaring 150 MB from its directory, unpacking nothing", () => {
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    const { result, grown } = externalGrowth(() => checkWorkbookArchive(bomb, 500));
    expect(result).toEqual(tooLarge);
    expect(grown).toBeLessThan(4 * 1024 * 1024);
  });

  it("refuses an archive that declares 1 KB but unpacks to 150 MB once it passes 1 KB", () => {
    const { result, grown } = externalGrowth(() => checkWorkbookArchive(lyingBomb, 500));
    expect(result).toEqual(tooLarge);
    expect(grown).toBeLessThan(4 * 1024 * 1024);
  });

  it("refuses more entries than a workbook has", () => {
    const entries = Array.from({ length: zipLimits.maxEntries + 1 }, (_, index) => ({
      name: `xl/media/${index}.bin`,
      data: new Uint8Array([index & 0xff]),
    }));
    expect(checkWorkbookArchive(zipOf(entries), 500)).toEqual(tooLarge);
  });

  it("counts rows and cells of every worksheet before the reader builds them", () => {
    const rows = sheet('<row r="1"><c r="A1"/></row>'.repeat(501 * zipLimits.rowSlack + 1));
    expect(checkWorkbookArchive(zipOf([{ name: "xl/worksheets/sheet1.xml", data: rows }]), 500)).toEqual({
      key: "units.admin.import.tooManyRows",
      values: { max: 500 },
    });
    const cells = sheet(`<row r="1">${'<c r="A1"/>'.repeat(501 * zipLimits.cellsPerRow + 1)}</row>`);
    expect(checkWorkbookArchive(zipOf([{ name: "xl/worksheets/sheet2.xml", data: cells }]), 500)).toEqual(
      tooLarge,
    );
  });

  it("refuses archives that are not plain ZIPs: damaged, encrypted-looking or with data before them", () => {
    const wrongType = { key: "units.admin.import.wrongType" };
    const plain = zipOf([{ name: "a.xml", data: sheet("") }]);
    expect(checkWorkbookArchive(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 500)).toEqual(wrongType);
    expect(checkWorkbookArchive(new Uint8Array([...new Uint8Array(10), ...plain]), 500)).toEqual(wrongType);
    const truncated = plain.slice();
    truncated.set([0, 0, 0, 0], 0); // the local header's signature
    expect(checkWorkbookArchive(truncated, 500)).toEqual(wrongType);
    const stored = zipOf([{ name: "a.xml", data: sheet(""), method: "store", declaredSize: 3 }]);
    expect(checkWorkbookArchive(stored, 500)).toEqual(wrongType);
  });
});

describe("countTags", () => {
  it("counts start tags, not longer names that begin the same way", () => {
    const xml = Buffer.from('<row r="1"><c r="A1"><v>1</v></c><col/><c/><cols></cols></row><row>');
    expect(countTags(xml, "row")).toBe(2);
    expect(countTags(xml, "c")).toBe(2);
  });
});
