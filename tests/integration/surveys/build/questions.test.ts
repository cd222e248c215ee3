// A draft's questions: adding, editing, moving and removing them, and the version that refuses
// edits from a stale page.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addQuestion, moveQuestion, removeQuestion, updateQuestion } from "@/lib/surveys/build/actions";
import { createAdmin } from "@/tests/factories";
import { createDraftSurvey } from "@/tests/factories/surveys";
import { actAs, formData } from "@/tests/integration/helpers/session";

const versionOf = async (surveyId: number) =>
  (await db.survey.findUniqueOrThrow({ where: { id: surveyId } })).version;
const questionsOf = (surveyId: number) =>
  db.surveyQuestion.findMany({
    where: { surveyId },
    orderBy: { position: "asc" },
    include: { options: { orderBy: { position: "asc" } } },
  });

async function asAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

describe("questions of a draft", () => {
  it("adds questions at the end with their options, one per line; other only for multiple choice", async () => {
    await asAdmin();
    const { survey } = await createDraftSurvey();
    const first = await addQuestion(
      initialFormState,
      formData({
        surveyId: survey.id,
        version: 0,
        kind: "MULTIPLE_CHOICE",
        prompt: "希望开展的活动",
        required: "on",
        allowOther: "on",
        options: "读书会\n\n 交流联谊 \r\n志愿服务",
      }),
    );
    expect(first.ok, JSON.stringify(first)).toBe(true);
    const second = await addQuestion(
      initialFormState,
      formData({
        surveyId: survey.id,
        version: 1,
        kind: "SINGLE_CHOICE",
        prompt: "频次",
        allowOther: "on",
        options: "每月\n每季度",
      }),
    );
    expect(second.ok).toBe(true);
    const third = await addQuestion(
      initialFormState,
      formData({ surveyId: survey.id, version: 2, kind: "LONG_TEXT", prompt: "建议", options: "不该保存" }),
    );
    expect(third.ok).toBe(true);
    const questions = await questionsOf(survey.id);
    expect(questions.map((q) => [q.prompt, q.required, q.allowOther, q.options.map((o) => o.label)])).toEqual(
      [
        ["希望开展的活动", true, true, ["读书会", "交流联谊", "志愿服务"]],
        ["频次", false, false, ["每月", "每季度"]],
        ["建议", false, false, []],
      ],
    );
    expect(await versionOf(survey.id)).toBe(3);
    expect(
      await db.auditLog.count({ where: { action: "survey.question.add", entityId: String(survey.id) } }),
    ).toBe(3);
  });

  it("refuses duplicate options by the options field, and a blank prompt by its own", async () => {
    await asAdmin();
    const { survey } = await createDraftSurvey();
    const state = await addQuestion(
      initialFormState,
      formData({ surveyId: survey.id, version: 0, kind: "RANKING", prompt: "", options: "三月\n三月" }),
    );
    expect(state.fieldErrors?.options?.[0]?.key).toBe("surveys.admin.validation.duplicateOption");
    expect(state.fieldErrors?.prompt?.[0]?.key).toBe("core.validation.required");
    expect(await db.surveyQuestion.count({ where: { surveyId: survey.id } })).toBe(0);
  });

  it("edits a question's kind, prompt and options", async () => {
    await asAdmin();
    const { survey, questions } = await createDraftSurvey({
      questions: [{ kind: "SINGLE_CHOICE", options: ["甲", "乙"] }],
    });
    const state = await updateQuestion(
      initialFormState,
      formData({
        surveyId: survey.id,
        version: 0,
        questionId: questions[0]!.id,
        kind: "RANKING",
        prompt: "排序",
        required: "on",
        options: "丙\n丁\n戊",
      }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const [question] = await questionsOf(survey.id);
    expect(question).toMatchObject({ kind: "RANKING", prompt: "排序", required: true });
    expect(question?.options.map((o) => o.label)).toEqual(["丙", "丁", "戊"]);
  });

  it("moves questions up and down, and leaves the ends alone", async () => {
    await asAdmin();
    const { survey, questions } = await createDraftSurvey({
      questions: [
        { kind: "SHORT_TEXT", prompt: "A" },
        { kind: "SHORT_TEXT", prompt: "B" },
        { kind: "SHORT_TEXT", prompt: "C" },
      ],
    });
    const move = async (index: number, direction: string) =>
      moveQuestion(
        initialFormState,
        formData({
          surveyId: survey.id,
          version: await versionOf(survey.id),
          questionId: questions[index]!.id,
          direction,
        }),
      );
    expect((await move(2, "up")).ok).toBe(true);
    expect((await questionsOf(survey.id)).map((q) => q.prompt)).toEqual(["A", "C", "B"]);
    expect((await move(0, "down")).ok).toBe(true);
    expect((await questionsOf(survey.id)).map((q) => q.prompt)).toEqual(["C", "A", "B"]);
    // B is last: moving it down changes nothing.
    expect((await move(1, "down")).ok).toBe(true);
    expect((await questionsOf(survey.id)).map((q) => q.prompt)).toEqual(["C", "A", "B"]);
  });

  it("removes a question; a question of another survey is not found", async () => {
    await asAdmin();
    const { survey, questions } = await createDraftSurvey({
      questions: [
        { kind: "SHORT_TEXT", prompt: "A" },
        { kind: "RATING", prompt: "B" },
      ],
    });
    const other = await createDraftSurvey({ questions: [{ kind: "SHORT_TEXT" }] });
    const foreign = await removeQuestion(
      initialFormState,
      formData({ surveyId: survey.id, version: 0, questionId: other.questions[0]!.id }),
    );
    expect(foreign.message?.key).toBe("surveys.admin.errors.questionNotFound");
    expect(await db.surveyQuestion.count({ where: { surveyId: other.survey.id } })).toBe(1);
    const state = await removeQuestion(
      initialFormState,
      formData({ surveyId: survey.id, version: 0, questionId: questions[0]!.id }),
    );
    expect(state.ok).toBe(true);
    expect((await questionsOf(survey.id)).map((q) => q.prompt)).toEqual(["B"]);
  });

  it("refuses a question edit made from a page older than another admin's change", async () => {
    await asAdmin();
    const { survey, questions } = await createDraftSurvey({
      questions: [{ kind: "SHORT_TEXT", prompt: "A" }],
    });
    await addQuestion(
      initialFormState,
      formData({ surveyId: survey.id, version: 0, kind: "RATING", prompt: "新题" }),
    );
    const stale = await removeQuestion(
      initialFormState,
      formData({ surveyId: survey.id, version: 0, questionId: questions[0]!.id }),
    );
    expect(stale.message?.key).toBe("core.errors.staleVersion");
    expect(await db.surveyQuestion.count({ where: { surveyId: survey.id } })).toBe(2);
  });
});
