// The results of a survey as admins read them, exported, and turned into next year's activities.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { parse } from "csv-parse/sync";
import { GET as exportCsv } from "@/app/[locale]/(admin)/admin/surveys/[id]/results/export.csv/route";
import { GET as exportXlsx } from "@/app/[locale]/(admin)/admin/surveys/[id]/results/export.xlsx/route";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { countResults } from "@/lib/surveys/results/count-results";
import { draftActivities } from "@/lib/surveys/results/actions";
import { getSurveyResults } from "@/lib/surveys/results/queries";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createPlan } from "@/tests/factories/plan-admin";
import { createResponse, createSentSurvey } from "@/tests/factories/surveys";
import { actAs, formData } from "@/tests/integration/helpers/session";

let world: Awaited<ReturnType<typeof createSentSurvey>>;
let units: Array<{ id: number; name: string }>;
let silent: { id: number; name: string };

beforeAll(async () => {
  units = [
    await createUnit({ name: "甲单位结果" }),
    await createUnit({ name: "乙单位结果" }),
    await createUnit({ name: "丙单位结果" }),
  ];
  silent = await createUnit({ name: "丁单位结果" });
  world = await createSentSurvey(
    [...units, silent].map((unit) => unit.id),
    {
      questions: [
        { kind: "MULTIPLE_CHOICE", prompt: "希望的活动", options: ["读书会", "联谊"], allowOther: true },
        { kind: "RANKING", prompt: "月份", options: ["三月", "五月"] },
        { kind: "LONG_TEXT", prompt: "建议", required: false },
      ],
    },
  );
  const [multiple, ranking, text] = world.questions;
  const [read, mixer] = multiple!.options.map((option) => option.id) as [number, number];
  const [march, may] = ranking!.options.map((option) => option.id) as [number, number];
  const answers = [
    [
      { questionId: multiple!.id, optionIds: [read, mixer] },
      { questionId: ranking!.id, optionIds: [march, may] },
      { questionId: text!.id, text: '=HYPERLINK("http://evil")' },
    ],
    [
      { questionId: multiple!.id, optionIds: [read], otherText: "篮球赛" },
      { questionId: ranking!.id, optionIds: [may, march] },
    ],
    [
      { questionId: multiple!.id, optionIds: [read] },
      { questionId: ranking!.id, optionIds: [march, may] },
    ],
  ];
  for (const [index, unit] of units.entries()) {
    const secretary = await createSecretary(unit.id);
    await createResponse(world.survey.id, unit.id, secretary.id, answers[index]!);
  }
});

const call = (handler: typeof exportCsv, id: string, kind: string) =>
  handler(new NextRequest(`http://localhost/admin/surveys/${id}/results/export.${kind}`), {
    params: Promise.resolve({ id }),
  });

describe("survey results", () => {
  it("counts the stored answers: shares of respondents, other as its own bar, mean ranks, who has not answered", async () => {
    const results = await getSurveyResults(world.survey.id);
    expect(results?.responses.map((r) => r.unitName).sort()).toEqual(
      ["丙单位结果", "乙单位结果", "甲单位结果"].sort(),
    );
    expect(results?.notAnswered.map((unit) => unit.name)).toEqual(["丁单位结果"]);
    const [multiple, ranking, text] = countResults(results!.questions, results!.responses, "其他");
    if (multiple?.kind !== "choice" || ranking?.kind !== "ranking" || text?.kind !== "text")
      throw new Error("kinds");
    expect(multiple.bars.map((bar) => [bar.label, bar.count, bar.percent])).toEqual([
      ["读书会", 3, 100],
      ["联谊", 1, 33.3],
      ["其他", 1, 33.3],
    ]);
    expect(multiple.others).toEqual([{ unitName: "乙单位结果", text: "篮球赛" }]);
    expect(
      ranking.ranks.map((rank) => [rank.label, rank.meanRank, rank.firstPlace, rank.firstPercent]),
    ).toEqual([
      ["三月", 1.33, 2, 66.7],
      ["五月", 1.67, 1, 33.3],
    ]);
    expect(text).toMatchObject({ answered: 1, skipped: 2 });
  });
});

describe("exporting results", () => {
  it("exports one CSV row per answering unit, formulas defused", async () => {
    actAs(await createAdmin());
    const response = await call(exportCsv, String(world.survey.id), "csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parse(text.slice(1)) as string[][];
    expect(header).toEqual(["单位", "提交时间", "1. 希望的活动", "2. 月份", "3. 建议"]);
    const row = (name: string) => rows.find((r) => r[0] === name)!;
    expect(row("甲单位结果").slice(2)).toEqual([
      "读书会; 联谊",
      "三月 > 五月",
      '\'=HYPERLINK("http://evil")',
    ]);
    expect(row("乙单位结果").slice(2)).toEqual(["读书会; 其他: 篮球赛", "五月 > 三月", ""]);
    expect(rows).toHaveLength(3);
  });

  it("exports the same table as XLSX", async () => {
    actAs(await createAdmin());
    const response = await call(exportXlsx, String(world.survey.id), "xlsx");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(3).value).toBe("1. 希望的活动");
    expect(sheet.rowCount).toBe(4);
  });

  it("refuses secretaries, sends visitors to sign in, and answers 404 for an unknown survey", async () => {
    actAs(await createSecretary(silent.id));
    expect((await call(exportCsv, String(world.survey.id), "csv")).status).toBe(403);
    actAs(null);
    const anonymous = await call(exportXlsx, String(world.survey.id), "xlsx");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toContain("/login");
    actAs(await createAdmin());
    expect((await call(exportCsv, "999999", "csv")).status).toBe(404);
    expect((await call(exportCsv, "abc", "csv")).status).toBe(404);
  });
});

describe("drafting activities from the results", () => {
  it("creates PLANNED activities named after the picks, linked to their questions, audited", async () => {
    await createPlan(2091, "DRAFT");
    const admin = await createAdmin();
    actAs(admin);
    const [multiple, ranking] = world.questions;
    const state = await draftActivities(
      initialFormState,
      formData({
        surveyId: world.survey.id,
        year: 2091,
        picks: [`o${multiple!.options[1]!.id}`, `q${ranking!.id}`, `o${multiple!.options[0]!.id}`],
        type: "READING_CLUB",
        commitment: "CULTURE_SPORTS",
        plannedMonth: 4,
      }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(state.message).toEqual({ key: "surveys.admin.draft.created", values: { count: 3, year: 2091 } });
    const activities = await db.activity.findMany({ where: { year: 2091 }, orderBy: { position: "asc" } });
    expect(activities.map((a) => [a.title, a.status, a.surveyQuestionId, a.plannedMonth, a.type])).toEqual([
      ["读书会", "PLANNED", multiple!.id, 4, "READING_CLUB"],
      ["联谊", "PLANNED", multiple!.id, 4, "READING_CLUB"],
      ["月份", "PLANNED", ranking!.id, 4, "READING_CLUB"],
    ]);
    expect(await db.auditLog.count({ where: { action: "survey.draftActivities", actorId: admin.id } })).toBe(
      1,
    );
    expect(await db.auditLog.count({ where: { action: "activity.create", actorId: admin.id } })).toBe(3);
  });

  it("refuses a pick of another survey, or a year without a list, and creates nothing", async () => {
    await createPlan(2092, "DRAFT");
    actAs(await createAdmin());
    const other = await createSentSurvey([], {
      questions: [{ kind: "SINGLE_CHOICE", options: ["外", "来"] }],
    });
    const base = { surveyId: world.survey.id, type: "OTHER", commitment: "YOUTH_PROJECT", plannedMonth: 5 };
    const foreign = await draftActivities(
      initialFormState,
      formData({ ...base, year: 2092, picks: [`o${other.questions[0]!.options[0]!.id}`] }),
    );
    expect(foreign.fieldErrors?.picks?.[0]?.key).toBe("surveys.admin.draft.unknownPick");
    const noYear = await draftActivities(
      initialFormState,
      formData({ ...base, year: 2093, picks: [`q${world.questions[0]!.id}`] }),
    );
    expect(noYear.fieldErrors?.year?.[0]?.key).toBe("activities.admin.yearNotFound");
    const nothing = await draftActivities(initialFormState, formData({ ...base, year: 2092 }));
    expect(nothing.fieldErrors?.picks?.[0]?.key).toBe("surveys.admin.draft.pickSomething");
    expect(await db.activity.count({ where: { year: { in: [2092, 2093] } } })).toBe(0);
  });
});
