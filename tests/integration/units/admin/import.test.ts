import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { dryRunUnitImport, importUnits } from "@/lib/units/admin/actions";
import {
  chineseHeader,
  csvText,
  encodeGb18030,
  englishHeader,
  fileOf,
  importRow,
  utf8,
  xlsxBytes,
} from "@/tests/factories/unit-import-files";
import { createAdmin, createUnit, uniqueSuffix } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function asAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

const dryRun = (file: File) => dryRunUnitImport(initialFormState, formData({ file }));
const runImport = (file: File, checkedHash?: string) =>
  importUnits(initialFormState, formData({ file, checkedHash }));
const countSlugs = (slugs: string[]) => db.unit.count({ where: { slug: { in: slugs } } });

describe("bulk import: dry run", () => {
  it("previews a clean GB18030 CSV with Chinese headers and labels, writing nothing", async () => {
    await asAdmin();
    const [a, b] = [uniqueSuffix(), uniqueSuffix()];
    const file = fileOf(
      encodeGb18030(
        csvText([chineseHeader, importRow(a), importRow(b, { category: "金融机构", inDistrict: "否" })]),
      ),
      "成员单位.csv",
    );
    const auditsBefore = await db.auditLog.count();
    const state = await dryRun(file);
    expect(state).toMatchObject({
      ok: true,
      message: { key: "units.admin.import.checkedOk", values: { count: 2 } },
    });
    expect(state.preview).toMatchObject({ encoding: "gb18030", rowsWithIssues: 0, fileName: "成员单位.csv" });
    expect(state.preview?.rows[1]).toMatchObject({
      rowNumber: 3,
      cells: { category: "FINANCIAL_INSTITUTION", inDistrict: "false", joinedOn: "2024-03-01" },
      issues: [],
    });
    expect(await countSlugs([`import-${a}`, `import-${b}`])).toBe(0);
    expect(await db.auditLog.count()).toBe(auditsBefore);
  });

  it("lists every row's problems: bad values, duplicates in the file and clashes with existing units", async () => {
    await asAdmin();
    const existing = await createUnit();
    const [a, b] = [uniqueSuffix(), uniqueSuffix()];
    const rows = [
      importRow(a),
      importRow(b, { name: importRow(a)[0], slug: "Bad Slug!" }),
      importRow(uniqueSuffix(), { category: "其他", joinedOn: "2024-02-30" }),
      importRow(uniqueSuffix(), { name: existing.name, slug: existing.slug }),
      importRow(uniqueSuffix(), { slug: `import-${a}` }),
    ];
    const state = await dryRun(fileOf(utf8(csvText([englishHeader, ...rows]), true), "units.csv"));
    expect(state).toMatchObject({
      ok: false,
      message: { key: "units.admin.import.rowsHaveIssues", values: { count: 4 } },
    });
    const issues = Object.fromEntries(state.preview!.rows.map((row) => [row.rowNumber, row.issues]));
    expect(issues[2]).toEqual([]);
    expect(issues[3]).toEqual(
      expect.arrayContaining([
        { field: "slug", key: "core.validation.slug" },
        { field: "name", key: "units.admin.import.duplicateInFile", values: { row: 2 } },
      ]),
    );
    expect(issues[4]).toEqual(
      expect.arrayContaining([
        { field: "category", key: "units.admin.import.badChoice", values: expect.any(Object) },
        { field: "joinedOn", key: "core.validation.date" },
      ]),
    );
    expect(issues[5]).toEqual([
      { field: "name", key: "units.admin.nameTaken" },
      { field: "slug", key: "units.admin.slugTaken" },
    ]);
    expect(issues[6]).toEqual([
      { field: "slug", key: "units.admin.import.duplicateInFile", values: { row: 2 } },
    ]);
  });

  it("refuses a file with wrong columns, listing the expected ones", async () => {
    await asAdmin();
    const state = await dryRun(fileOf(utf8("单位,电话号码\n甲,123\n"), "units.csv"));
    expect(state.ok).toBe(false);
    expect(state.fileError?.key).toBe("units.admin.import.missingColumns");
    expect(state.message?.values?.expected).toContain("name（单位名称）");
    expect(state.preview).toBeUndefined();
  });

  it("refuses bytes that are no text encoding, a renamed image and the old .xls format", async () => {
    await asAdmin();
    const garbage = new Uint8Array([...utf8("name,slug\n"), 0xff, 0xfe, 0xff, 0x80, 0x0a]);
    expect((await dryRun(fileOf(garbage, "units.csv"))).fileError).toEqual({
      key: "units.admin.import.badEncoding",
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect((await dryRun(fileOf(png, "units.csv"))).fileError).toEqual({
      key: "units.admin.import.wrongType",
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await dryRun(fileOf(ole, "units.xls"))).fileError).toEqual({
      key: "units.admin.import.legacyXls",
    });
  });

  it("asks for a file when none was chosen", async () => {
    await asAdmin();
    const state = await dryRun(fileOf(new Uint8Array(), ""));
    expect(state.fieldErrors?.file).toEqual([{ key: "units.admin.import.chooseFile" }]);
  });
});

describe("bulk import: import", () => {
  it("creates every unit of a clean workbook in one go, with an audit record each", async () => {
    const admin = await asAdmin();
    const suffixes = [uniqueSuffix(), uniqueSuffix(), uniqueSuffix()];
    const bytes = await xlsxBytes([chineseHeader, ...suffixes.map((suffix) => importRow(suffix))]);
    const checked = await dryRun(fileOf(bytes, "units.xlsx"));
    expect(checked.ok).toBe(true);
    const state = await runImport(fileOf(bytes, "units.xlsx"), checked.preview!.hash);
    expect(state).toMatchObject({
      ok: true,
      message: { key: "units.admin.import.imported", values: { count: 3 } },
    });
    expect(state.imported).toHaveLength(3);
    const slugs = suffixes.map((suffix) => `import-${suffix}`);
    const units = await db.unit.findMany({ where: { slug: { in: slugs } } });
    expect(units).toHaveLength(3);
    expect(units.every((unit) => unit.status === "ACTIVE" && unit.category === "STATE_ENTERPRISE")).toBe(
      true,
    );
    const audits = await db.auditLog.findMany({
      where: { action: "unit.import", entityId: { in: units.map((u) => String(u.id)) } },
    });
    expect(audits).toHaveLength(3);
    expect(audits.every((audit) => audit.actorId === admin.id)).toBe(true);
  });

  it("creates nothing when any row has a problem (all or nothing)", async () => {
    await asAdmin();
    const good = uniqueSuffix();
    const file = fileOf(
      utf8(csvText([englishHeader, importRow(good), importRow(uniqueSuffix(), { orgType: "" })])),
      "u.csv",
    );
    const state = await runImport(file);
    expect(state).toMatchObject({
      ok: false,
      message: { key: "units.admin.import.rowsHaveIssues", values: { count: 1 } },
    });
    expect(state.preview?.rows[1]?.issues).toEqual([{ field: "orgType", key: "core.validation.required" }]);
    expect(await countSlugs([`import-${good}`])).toBe(0);
  });

  it("re-validates on import: a unit created since the dry run blocks the whole file", async () => {
    await asAdmin();
    const [a, b] = [uniqueSuffix(), uniqueSuffix()];
    const bytes = utf8(csvText([englishHeader, importRow(a), importRow(b)]));
    const checked = await dryRun(fileOf(bytes, "u.csv"));
    expect(checked.ok).toBe(true);
    await createUnit({ slug: `import-${b}` });
    const state = await runImport(fileOf(bytes, "u.csv"), checked.preview!.hash);
    expect(state.ok).toBe(false);
    expect(state.preview?.rows[1]?.issues).toEqual([{ field: "slug", key: "units.admin.slugTaken" }]);
    expect(await countSlugs([`import-${a}`])).toBe(0);
  });

  it("refuses a different file than the one the dry run checked", async () => {
    await asAdmin();
    const checked = await dryRun(fileOf(utf8(csvText([englishHeader, importRow(uniqueSuffix())])), "u.csv"));
    const other = uniqueSuffix();
    const state = await runImport(
      fileOf(utf8(csvText([englishHeader, importRow(other)])), "u.csv"),
      checked.preview!.hash,
    );
    expect(state.message).toEqual({ key: "units.admin.import.fileChanged" });
    expect(await countSlugs([`import-${other}`])).toBe(0);
  });

  it("lets only one of two simultaneous imports of the same file create the units", async () => {
    await asAdmin();
    const suffix = uniqueSuffix();
    const bytes = utf8(csvText([englishHeader, importRow(suffix)]));
    const results = await Promise.all([runImport(fileOf(bytes, "u.csv")), runImport(fileOf(bytes, "u.csv"))]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    // The loser either saw the winner's unit in its check or lost on the unique index.
    expect(["units.admin.import.rowsHaveIssues", "units.admin.import.conflict"]).toContain(
      results.find((state) => !state.ok)?.message?.key,
    );
    expect(await countSlugs([`import-${suffix}`])).toBe(1);
  });
});
