// The admin's list of surveys: each with its recipients, answers and questions counted.
import { describe, expect, it } from "vitest";
import { getSurveyForBuilder, listSurveysForAdmin } from "@/lib/surveys/build/queries";
import { createSecretary, createUnit } from "@/tests/factories";
import { createDraftSurvey, createResponse, createSentSurvey } from "@/tests/factories/surveys";

describe("the admin's surveys", () => {
  it("counts answered units of recipients, and questions of drafts", async () => {
    const [a, b] = [await createUnit(), await createUnit()];
    const secretary = await createSecretary(a.id);
    const sent = await createSentSurvey([a.id, b.id], { questions: [{ kind: "RATING" }] });
    await createResponse(sent.survey.id, a.id, secretary.id, [
      { questionId: sent.questions[0]!.id, rating: 5 },
    ]);
    const draft = await createDraftSurvey({ questions: [{ kind: "SHORT_TEXT" }, { kind: "LONG_TEXT" }] });
    const rows = await listSurveysForAdmin();
    expect(rows.find((row) => row.id === sent.survey.id)).toMatchObject({
      status: "SENT",
      recipients: 2,
      answered: 1,
    });
    expect(rows.find((row) => row.id === draft.survey.id)).toMatchObject({ status: "DRAFT", questions: 2 });
  });

  it("reads a draft's questions in order with their options", async () => {
    const { survey } = await createDraftSurvey({
      questions: [
        { kind: "RANKING", prompt: "一", options: ["甲", "乙"] },
        { kind: "RATING", prompt: "二" },
      ],
    });
    const read = await getSurveyForBuilder(survey.id);
    expect(read?.questions.map((q) => [q.prompt, q.options.map((o) => o.label)])).toEqual([
      ["一", ["甲", "乙"]],
      ["二", []],
    ]);
    expect(await getSurveyForBuilder(999_999)).toBeNull();
  });
});
