// Builds the files an admin might upload to /admin/units/import: CSV in UTF-8 (with or without
// a BOM) or GB18030 as Excel on Chinese Windows saves it, and XLSX workbooks. No database here,
// so unit tests use it too.
import ExcelJS from "exceljs";

/** The template's header in the order of the documentation. */
export const englishHeader = [
  "name",
  "shortName",
  "slug",
  "category",
  "orgType",
  "inDistrict",
  "address",
  "contactName",
  "contactPhone",
  "joinedOn",
];
export const chineseHeader = [
  "单位名称",
  "简称",
  "标识",
  "类别",
  "团组织类型",
  "是否辖区内",
  "地址",
  "联系人",
  "联系电话",
  "加入日期",
];

/** One valid row (Chinese labels, as people type them) with a unique name and slug. */
export function importRow(suffix: string, overrides: Partial<Record<string, string>> = {}): string[] {
  const row: Record<string, string> = {
    name: `导入测试单位${suffix}团委`,
    shortName: `导入${suffix}`.slice(0, 40),
    slug: `import-${suffix}`.toLowerCase(),
    category: "国企平台",
    orgType: "团委",
    inDistrict: "是",
    address: "润州区测试路1号",
    contactName: "张三",
    contactPhone: "0511-85551234",
    joinedOn: "2024/3/1",
    ...overrides,
  };
  return englishHeader.map((field) => row[field] ?? "");
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvText(rows: string[][]): string {
  return rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

let gbTable: Map<string, number[]> | null = null;

/** GB18030 bytes of a text (two-byte GBK range; enough for Chinese test data). */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder("gb18030");
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== "\ufffd" && !gbTable.has(char)) gbTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbTable.get(char);
      if (!pair) throw new Error(`no GB18030 two-byte code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

/** An XLSX workbook whose first sheet holds these rows (Date cells stay dates). */
export async function xlsxBytes(rows: Array<Array<string | number | Date | null>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("成员单位");
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet("说明").addRow(["这张表不会被读取"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function fileOf(bytes: Uint8Array, name: string, type = ""): File {
  return new File([bytes as BlobPart], name, { type });
}
