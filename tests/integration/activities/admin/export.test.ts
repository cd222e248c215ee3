import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { parse } from "csv-parse/sync";
import { GET as exportCsv } from "@/app/[locale]/(admin)/admin/plan/[year]/export.csv/route";
import { GET as exportXlsx } from "@/app/[locale]/(admin)/admin/plan/[year]/export.xlsx/route";
import {
  createPlan,
  createPlanAdmin,
  createPlanActivity,
  createUnitWithSecretary,
} from "@/tests/factories/plan-admin";
import { joinUnit } from "@/tests/factories/reports";
import { actAs } from "@/tests/integration/helpers/session";

function call(handler: typeof exportCsv, year: string, kind: string) {
  return handler(new NextRequest(`http://localhost/admin/plan/${year}/export.${kind}`), {
    params: Promise.resolve({ year }),
  });
}

async function seedYear(year: number) {
  await createPlan(year, "DRAFT");
  const lead = await createUnitWithSecretary();
  const joiner = await createUnitWithSecretary();
  const led = await createPlanActivity(year, {
    title: '=HYPERLINK("http://evil")',
    position: 0,
    leadUnitId: lead.unit.id,
    status: "OPEN",
  });
  await joinUnit(led.id, joiner.unit.id);
  await createPlanActivity(year, {
    title: "待认领活动",
    position: 1,
    plannedDate: new Date(`${year}-03-08`),
  });
  await createPlanActivity(year, { title: " @SUM(A1)", position: 2, place: "\t=1+1" });
  return { lead };
}

describe("exporting a year", () => {
  it("exports CSV with a BOM, Chinese headers, lead unit, status and joined count, formulas defused", async () => {
    const { lead } = await seedYear(2080);
    actAs(await createPlanAdmin());
    const response = await call(exportCsv, "2080", "csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, first, second, third] = parse(text.slice(1)) as string[][];
    expect(header).toEqual(expect.arrayContaining(["活动名称", "牵头单位", "状态", "报名单位数"]));
    const column = (name: string) => header!.indexOf(name);
    expect(first![column("活动名称")]).toBe('\'=HYPERLINK("http://evil")');
    expect(first![column("牵头单位")]).toBe(lead.unit.name);
    expect(first![column("状态")]).toBe("报名中");
    expect(first![column("报名单位数")]).toBe("1");
    expect(second![column("状态")]).toBe("待认领");
    expect(second![column("日期")]).toBe("2080-03-08");
    expect(third![column("活动名称")]).toBe("' @SUM(A1)");
    expect(third![column("地点")]).toBe("'\t=1+1");
  });

  it("exports the same table as an XLSX workbook", async () => {
    await seedYear(2081);
    actAs(await createPlanAdmin());
    const response = await call(exportXlsx, "2081", "xlsx");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe("活动名称");
    expect(sheet.getRow(3).getCell(2).value).toBe("待认领活动");
    expect(sheet.getRow(2).getCell(2).value).toBe('\'=HYPERLINK("http://evil")');
    expect(sheet.getRow(4).getCell(2).value).toBe("' @SUM(A1)");
  });

  it("refuses secretaries (403), sends visitors to sign in, and answers 404 for a missing year", async () => {
    const { secretary } = await createUnitWithSecretary();
    actAs(secretary);
    expect((await call(exportCsv, "2080", "csv")).status).toBe(403);
    actAs(null);
    const anonymous = await call(exportXlsx, "2080", "xlsx");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toContain("/login");
    actAs(await createPlanAdmin());
    expect((await call(exportCsv, "2199", "csv")).status).toBe(404);
    expect((await call(exportCsv, "abc", "csv")).status).toBe(404);
  });
});
