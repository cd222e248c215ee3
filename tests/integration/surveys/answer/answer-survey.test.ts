// A unit answering a survey: one response per unit, changed in place while the window is open,
// every bad answer refused by its question's field with nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { answerSurvey } from "@/lib/surveys/answer/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import { createSentSurvey } from "@/tests/factories/surveys";
import { actAs, formData } from "@/tests/integration/helpers/session";

type Fields = Record<string, string | number | string[] | undefined>;
const answer = (fields: Fields) => answerSurvey(initialFormState, formData(fields));

let unit: { id: number };
let secretary: { id: number; name: string };
let world: Awaited<ReturnType<typeof createSentSurvey>>;
let q: { single: number; multiple: number; rating: number; ranking: number; text: number };
let o: Record<string, number>;

beforeAll(async () => {
  unit = await createUnit();
  secretary = await createSecretary(unit.id);
  world = await createSentSurvey([unit.id], {
    questions: [
      { kind: "SINGLE_CHOICE", options: ["每月", "每季度"] },
      { kind: "MULTIPLE_CHOICE", options: ["读书会", "联谊", "志愿"], allowOther: true },
      { kind: "RATING", required: false },
      { kind: "RANKING", options: ["三月", "五月", "十月"] },
      { kind: "LONG_TEXT", required: false },
    ],
  });
  const [single, multiple, rating, ranking, text] = world.questions.map((question) => question.id) as [
    number,
    number,
    number,
    number,
    number,
  ];
  q = { single, multiple, rating, ranking, text };
  o = Object.fromEntries(
    world.questions.flatMap((question) => question.options.map((option) => [option.label, option.id])),
  );
});

/** A complete, valid answer; override fields to break it. */
const valid = (overrides: Fields = {}): Fields => ({
  surveyId: world.survey.id,
  responseVersion: "",
  [`q${q.single}`]: String(o["每月"]),
  [`q${q.multiple}`]: [String(o["读书会"]), "other"],
  [`q${q.multiple}other`]: "篮球赛",
  [`q${q.rating}`]: "4",
  [`q${q.ranking}r1`]: String(o["十月"]),
  [`q${q.ranking}r2`]: String(o["三月"]),
  [`q${q.ranking}r3`]: String(o["五月"]),
  [`q${q.text}`]: "多办跨单位活动",
  ...overrides,
});

const responseOf = () =>
  db.surveyResponse.findUnique({
    where: { surveyId_unitId: { surveyId: world.survey.id, unitId: unit.id } },
    include: { answers: { orderBy: { questionId: "asc" } } },
  });

describe("refused answers write nothing and say which question", () => {
  const cases: Array<[string, () => Fields, () => string, string]> = [
    [
      "a required question left blank",
      () => valid({ [`q${q.single}`]: "" }),
      () => `q${q.single}`,
      "surveys.answer.validation.required",
    ],
    [
      "an option of another question",
      () => valid({ [`q${q.single}`]: String(o["读书会"]) }),
      () => `q${q.single}`,
      "surveys.answer.validation.unknownOption",
    ],
    [
      "a made-up option id",
      () => valid({ [`q${q.multiple}`]: ["999999"] }),
      () => `q${q.multiple}`,
      "surveys.answer.validation.unknownOption",
    ],
    [
      "a ranking with a duplicate",
      () => valid({ [`q${q.ranking}r2`]: String(o["十月"]) }),
      () => `q${q.ranking}`,
      "surveys.answer.validation.rankingDuplicate",
    ],
    [
      "a ranking with a gap",
      () => valid({ [`q${q.ranking}r3`]: "" }),
      () => `q${q.ranking}`,
      "surveys.answer.validation.rankingIncomplete",
    ],
    [
      "a rating outside 1..5",
      () => valid({ [`q${q.rating}`]: "6" }),
      () => `q${q.rating}`,
      "surveys.answer.validation.rating",
    ],
    [
      "other ticked without its text",
      () => valid({ [`q${q.multiple}other`]: "" }),
      () => `q${q.multiple}other`,
      "surveys.answer.validation.otherText",
    ],
  ];
  it.each(cases)("%s", async (_name, fields, field, key) => {
    actAs(secretary);
    const state = await answer(fields());
    expect(state.ok).toBe(false);
    expect(state.message?.key).toBe("core.validation.checkFields");
    expect(state.fieldErrors?.[field()]?.[0]?.key).toBe(key);
    expect(await responseOf()).toBeNull();
  });

  it("other text where the question does not allow it", async () => {
    const closedUnit = await createUnit();
    const closedSecretary = await createSecretary(closedUnit.id);
    const { survey, questions } = await createSentSurvey([closedUnit.id], {
      questions: [{ kind: "MULTIPLE_CHOICE", options: ["甲", "乙"], allowOther: false }],
    });
    actAs(closedSecretary);
    const field = `q${questions[0]!.id}`;
    const state = await answer({
      surveyId: survey.id,
      [field]: String(questions[0]!.options[0]!.id),
      [`${field}other`]: "自选",
    });
    expect(state.fieldErrors?.[`${field}other`]?.[0]?.key).toBe("surveys.answer.validation.otherNotAllowed");
    expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(0);
  });
});

describe("answering and changing the answer", () => {
  it("saves one response with every answer, audited", async () => {
    actAs(secretary);
    const state = await answer(valid());
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(state.message?.key).toBe("surveys.answer.saved");
    const response = await responseOf();
    expect(response).toMatchObject({ version: 0, submittedById: secretary.id });
    expect(response?.answers.map((a) => [a.questionId, a.optionIds, a.otherText, a.rating, a.text])).toEqual([
      [q.single, [o["每月"]], "", null, ""],
      [q.multiple, [o["读书会"]], "篮球赛", null, ""],
      [q.rating, [], "", 4, ""],
      [q.ranking, [o["十月"], o["三月"], o["五月"]], "", null, ""],
      [q.text, [], "", null, "多办跨单位活动"],
    ]);
    expect(
      await db.auditLog.count({ where: { action: "survey.answer", entityId: String(response?.id) } }),
    ).toBe(1);
  });

  it("answering again changes the same response (skipping optional questions clears them)", async () => {
    const deputy = await createSecretary(unit.id, { unitRole: "DEPUTY" });
    actAs(deputy);
    const state = await answer(
      valid({
        responseVersion: "0",
        [`q${q.single}`]: String(o["每季度"]),
        [`q${q.rating}`]: "",
        [`q${q.text}`]: "",
      }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(await db.surveyResponse.count({ where: { surveyId: world.survey.id } })).toBe(1);
    const response = await responseOf();
    expect(response).toMatchObject({ version: 1, submittedById: deputy.id });
    expect(response?.answers.map((a) => a.questionId)).toEqual([q.single, q.multiple, q.ranking]);
    expect(response?.answers[0]?.optionIds).toEqual([o["每季度"]]);
    expect(
      await db.auditLog.count({ where: { action: "survey.answer.change", entityId: String(response?.id) } }),
    ).toBe(1);
  });

  it("refuses a change made from a form older than the saved answer", async () => {
    actAs(secretary);
    const state = await answer(valid({ responseVersion: "0" }));
    expect(state.message?.key).toBe("core.errors.staleVersion");
    expect((await responseOf())?.version).toBe(1);
  });
});
