import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import type { ActivityImportState } from "@/lib/activities/admin/import-state";
import { initialFormState } from "@/lib/core/forms/form-state";
import { dryRunActivityImport, importActivities } from "@/lib/activities/admin/actions";
import { csvText, fileOf, utf8, xlsxBytes } from "@/tests/factories/unit-import-files";
import { createPlan, createPlanAdmin, createPlanActivity } from "@/tests/factories/plan-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

const chineseHeader = ["活动名称", "活动类型", "五方面内容", "月份", "日期", "线上线下", "人数上限", "地点"];
const goodRows = [
  ["青年读书会", "读书会", "组织一场学习交流", "4", "2070-04-18", "线下", "40", "润州区图书馆"],
  ["植树造林", "植树造林", "推进一件民生实事", "3", "", "", "", "润州青年公益林"],
  ["线上创业沙龙", "创业沙龙", "YOUTH_PROJECT", "6月", "", "线上", "", "线上"],
];

async function dryRun(year: number, file: File) {
  return (await dryRunActivityImport(initialFormState, formData({ year, file }))) as ActivityImportState;
}

async function importFile(year: number, file: File, checkedHash?: string) {
  return (await importActivities(
    initialFormState,
    formData({ year, file, checkedHash }),
  )) as ActivityImportState;
}

describe("importing activities", () => {
  it("previews a CSV with Chinese headers and labels without writing anything, then imports it all", async () => {
    await createPlan(2070, "DRAFT");
    await createPlanActivity(2070, { title: "已有活动", position: 0 });
    actAs(await createPlanAdmin());
    const file = fileOf(utf8(csvText([chineseHeader, ...goodRows]), true), "清单.csv");
    const checked = await dryRun(2070, file);
    expect(checked).toMatchObject({ ok: true, stage: "checked", message: { values: { count: 3 } } });
    expect(checked.preview?.rows.map((row) => row.issues)).toEqual([[], [], []]);
    expect(await db.activity.count({ where: { year: 2070 } })).toBe(1);

    const imported = await importFile(2070, file, checked.preview!.hash);
    expect(imported).toMatchObject({ ok: true, stage: "imported" });
    const activities = await db.activity.findMany({ where: { year: 2070 }, orderBy: { position: "asc" } });
    expect(activities.map((activity) => activity.title)).toEqual([
      "已有活动",
      "青年读书会",
      "植树造林",
      "线上创业沙龙",
    ]);
    expect(activities[1]).toMatchObject({
      type: "READING_CLUB",
      commitment: "STUDY_EXCHANGE",
      capacity: 40,
      position: 1,
    });
    expect(activities[1]!.plannedDate?.toISOString().slice(0, 10)).toBe("2070-04-18");
    expect(activities[3]).toMatchObject({
      type: "ENTREPRENEURSHIP_SALON",
      channel: "ONLINE",
      place: "",
      plannedMonth: 6,
    });
    expect(activities.slice(1).every((activity) => activity.status === "PLANNED")).toBe(true);
  });

  it("reports every bad row and imports nothing when one row is wrong (all or nothing)", async () => {
    await createPlan(2071, "DRAFT");
    actAs(await createPlanAdmin());
    const rows = [
      ["好的一行", "志愿服务", "推进一件民生实事", "5", "", "", "", "社区"],
      ["日期不在本年", "志愿服务", "推进一件民生实事", "5", "2072-05-01", "", "", "社区"],
      ["类型不对", "跳舞", "推进一件民生实事", "5", "", "", "0", "社区"],
    ];
    const file = fileOf(utf8(csvText([chineseHeader, ...rows])), "bad.csv");
    const checked = await dryRun(2071, file);
    expect(checked.ok).toBe(false);
    expect(checked.message).toEqual({ key: "activities.admin.import.rowsHaveIssues", values: { count: 2 } });
    const issues = checked.preview!.rows.map((row) =>
      row.issues.map((issue) => `${issue.field}:${issue.key}`),
    );
    expect(issues[0]).toEqual([]);
    expect(issues[1]).toEqual(["plannedDate:activities.admin.dateOutsideYear"]);
    expect(issues[2]).toEqual(
      expect.arrayContaining(["type:core.validation.choice", "capacity:core.validation.tooSmall"]),
    );

    const forced = await importFile(2071, file, checked.preview!.hash);
    expect(forced.ok).toBe(false);
    expect(await db.activity.count({ where: { year: 2071 } })).toBe(0);
  });

  it("refuses to import a file other than the one checked", async () => {
    await createPlan(2072, "DRAFT");
    actAs(await createPlanAdmin());
    const checked = await dryRun(
      2072,
      fileOf(
        utf8(csvText([chineseHeader, goodRows[0]!.map((cell) => cell.replace("2070", "2072"))])),
        "a.csv",
      ),
    );
    expect(checked.ok).toBe(true);
    const other = fileOf(utf8(csvText([chineseHeader, goodRows[1]!])), "b.csv");
    const state = await importFile(2072, other, checked.preview!.hash);
    expect(state.message?.key).toBe("activities.admin.import.fileChanged");
    expect(await db.activity.count({ where: { year: 2072 } })).toBe(0);
  });

  it("reads XLSX workbooks and names missing columns", async () => {
    await createPlan(2073, "DRAFT");
    actAs(await createPlanAdmin());
    const workbook = fileOf(
      await xlsxBytes([
        ["title", "type", "commitment", "plannedMonth", "place"],
        ["Badminton match", "CULTURE_SPORTS", "承办一次文体活动", 9, "China Mobile courts"],
      ]),
      "plan.xlsx",
    );
    const checked = await dryRun(2073, workbook);
    expect(checked.ok).toBe(true);
    expect((await importFile(2073, workbook, checked.preview!.hash)).ok).toBe(true);
    expect(await db.activity.findFirstOrThrow({ where: { year: 2073 } })).toMatchObject({
      title: "Badminton match",
      commitment: "CULTURE_SPORTS",
      plannedMonth: 9,
    });
    const noPlace = await dryRun(
      2073,
      fileOf(
        utf8(
          csvText([
            ["活动名称", "活动类型", "五方面内容", "月份"],
            ["x", "其他", "打造一支骨干队伍", "1"],
          ]),
        ),
        "p.csv",
      ),
    );
    // An offline activity needs a place (an address, or "线上" for online ones).
    expect(noPlace.preview?.rows[0]?.issues).toEqual([{ field: "place", key: "core.validation.required" }]);
    const missing = await dryRun(
      2073,
      fileOf(
        utf8(
          csvText([
            ["活动名称", "月份"],
            ["x", "1"],
          ]),
        ),
        "m.csv",
      ),
    );
    expect(missing.fileError?.key).toBe("activities.admin.import.missingColumns");
  });

  it("refuses an import into a year that does not exist", async () => {
    actAs(await createPlanAdmin());
    const state = await dryRun(2099, fileOf(utf8(csvText([chineseHeader, goodRows[1]!])), "c.csv"));
    expect(state.message?.key).toBe("activities.admin.yearNotFound");
  });
});
