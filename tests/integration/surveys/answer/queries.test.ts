// What a secretary's survey pages read: only surveys sent to the unit, with their phase and
// whether the unit has answered; another unit's survey (or a draft) is not found.
import { describe, expect, it } from "vitest";
import { getSurveyForUnit, listUnitSurveys } from "@/lib/surveys/answer/queries";
import { createSecretary, createUnit } from "@/tests/factories";
import {
  createDraftSurvey,
  createResponse,
  createSentSurvey,
  dayMs,
  hourMs,
} from "@/tests/factories/surveys";

describe("the unit's surveys", () => {
  it("lists the sent surveys of the unit with their phase and answer, never drafts or others'", async () => {
    const unit = await createUnit();
    const secretary = await createSecretary(unit.id);
    const open = await createSentSurvey([unit.id], { questions: [{ kind: "RATING" }] });
    const closed = await createSentSurvey([unit.id], {
      questions: [{ kind: "RATING" }],
      opensAt: new Date(Date.now() - 9 * dayMs),
      closesAt: new Date(Date.now() - hourMs),
    });
    await createResponse(closed.survey.id, unit.id, secretary.id, [
      { questionId: closed.questions[0]!.id, rating: 3 },
    ]);
    await createDraftSurvey();
    await createSentSurvey([(await createUnit()).id], { questions: [{ kind: "RATING" }] });

    const rows = await listUnitSurveys(unit.id);
    expect(rows.map((row) => [row.id, row.phase, row.answeredAt !== null])).toEqual([
      [open.survey.id, "open", false],
      [closed.survey.id, "closed", true],
    ]);
  });

  it("reads one survey with its questions and the unit's saved answer, and nothing for other units", async () => {
    const unit = await createUnit();
    const secretary = await createSecretary(unit.id);
    const { survey, questions } = await createSentSurvey([unit.id], {
      questions: [{ kind: "SINGLE_CHOICE", options: ["甲", "乙"] }],
    });
    const optionId = questions[0]!.options[1]!.id;
    await createResponse(survey.id, unit.id, secretary.id, [
      { questionId: questions[0]!.id, optionIds: [optionId] },
    ]);
    const read = await getSurveyForUnit(survey.id, unit.id);
    expect(read?.questions[0]?.options.map((option) => option.label)).toEqual(["甲", "乙"]);
    expect(read?.response).toMatchObject({
      version: 0,
      answers: [{ questionId: questions[0]!.id, optionIds: [optionId] }],
    });
    expect(await getSurveyForUnit(survey.id, (await createUnit()).id)).toBeNull();
    const draft = await createDraftSurvey();
    expect(await getSurveyForUnit(draft.survey.id, unit.id)).toBeNull();
  });
});
