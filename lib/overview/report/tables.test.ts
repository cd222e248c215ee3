import { beforeAll, describe, expect, it } from "vitest";
import { sampleReport } from "./fixture.test-data";
import { cellText, reportTables, type ReportTable } from "./tables";
import { loadReportText, type ReportText } from "./text";

let zh: ReportText;
let en: ReportText;
beforeAll(async () => {
  [zh, en] = await Promise.all([loadReportText("zh-CN"), loadReportText("en")]);
});

const byKey = (tables: ReportTable[], key: string) => tables.find((table) => table.key === key)!;

describe("the report's tables", () => {
  it("come in the report's order, one per sheet, with the sheet titles of the catalog", () => {
    const tables = reportTables(sampleReport, zh, "sheet");
    expect(tables.map((table) => table.title)).toEqual([
      "全年数据",
      "逐月情况",
      "服务成果",
      "阵地共享",
      "成员单位",
      "年度亮点",
    ]);
    expect(reportTables(sampleReport, en, "sheet").map((table) => table.title)[0]).toBe("Figures");
  });

  it("list every figure with its area and label; on paper the area is written once per group", () => {
    const sheet = byKey(reportTables(sampleReport, zh, "sheet"), "figures");
    expect(sheet.rows).toEqual([
      ["成员单位", "成员单位", 2],
      ["成员单位", "尚无活动的单位", 1],
      ["志愿服务", "志愿者（人次）", 130],
      ["志愿服务", "服务时长（小时）", 412.5],
      ["联席会议", "出席率（%）", 87.5],
    ]);
    const print = byKey(reportTables(sampleReport, zh, "print"), "figures");
    expect(print.rows.map((row) => row[0])).toEqual(["成员单位", "", "志愿服务", "", "联席会议"]);
  });

  it("add the twelve months up to the year's totals without floating-point noise", () => {
    const months = byKey(reportTables(sampleReport, zh, "sheet"), "months");
    expect(months.rows).toHaveLength(12);
    expect(months.rows[2]).toEqual(["3月", 2, 130, 412.5]);
    expect(months.total).toEqual(["全年合计", 2, 130, 412.6]);
    expect(byKey(reportTables(sampleReport, en, "sheet"), "months").rows[2]![0]).toBe("Mar");
  });

  it("spell out the five commitments in the workbook and total only the columns that add up", () => {
    const units = byKey(reportTables(sampleReport, zh, "sheet"), "units");
    expect(units.columns.map((column) => column.header).slice(0, 7)).toEqual([
      "成员单位",
      "类别",
      "学习交流",
      "青年项目",
      "民生实事",
      "文体活动",
      "骨干队伍",
    ]);
    expect(units.rows[0]!.slice(1, 7)).toEqual([
      "国企平台",
      "已确认",
      "已申报",
      "进行中",
      "已退回",
      "未开始",
    ]);
    // A unit with no commitment rows reads "not started" five times.
    expect(units.rows[1]!.slice(2, 7)).toEqual(Array(5).fill("未开始"));
    expect(units.total).toEqual(["合计", "", "", "", "", "", "", 2, 1, 1, 1, 3, 6, "", ""]);
  });

  it("mark the commitments on paper and name each mark for screen readers", () => {
    const units = byKey(reportTables(sampleReport, zh, "print"), "units");
    const [first] = units.rows;
    expect(first!.slice(1, 6).map((cell) => cellText(cell, zh))).toEqual(["✓", "○", "·", "", ""]);
    expect(first![1]).toEqual({ mark: "✓", label: "学习交流：已确认" });
    expect(first!.slice(6)).toEqual(["1/2", 1, 0, "2/3", 80, 240]);
  });

  it("write dates in Beijing time and keep user text as entered", () => {
    const highlights = byKey(reportTables(sampleReport, zh, "sheet"), "highlights");
    expect(highlights.rows[0]).toEqual([
      "润州青年公益林植树",
      "2030-03-10",
      "中国邮政镇江分公司团委",
      100,
      300,
      "100 余名志愿者种下 200 余棵桂花和樱花树苗。",
    ]);
  });

  it("format numbers for reading: grouped digits, at most two decimals", () => {
    expect(cellText(12345.678, zh)).toBe("12,345.68");
    expect(zh.figure(87.54, "percent")).toBe("87.5");
  });
});
