// Who may answer a survey and when: only recipients, only inside the window; and two first
// answers of one unit at once still make one response.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { answerSurvey } from "@/lib/surveys/answer/actions";
import { saveAnswer } from "@/lib/surveys/answer/save-answer";
import { createSecretary, createUnit } from "@/tests/factories";
import { createSentSurvey, dayMs, hourMs } from "@/tests/factories/surveys";
import { actAs, formData } from "@/tests/integration/helpers/session";

const answer = (fields: Record<string, string | number>) => answerSurvey(initialFormState, formData(fields));

describe("who may answer, when, and two at once", () => {
  it("refuses the secretary of a unit the survey was not sent to", async () => {
    const { survey, questions } = await createSentSurvey([(await createUnit()).id], {
      questions: [{ kind: "RATING" }],
    });
    const outsider = await createSecretary((await createUnit()).id);
    actAs(outsider);
    const state = await answer({ surveyId: survey.id, [`q${questions[0]!.id}`]: "3" });
    expect(state.message?.key).toBe("surveys.answer.errors.notRecipient");
    expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(0);
  });

  it("refuses answers before the window opens and after it closes", async () => {
    const early = await createUnit();
    const earlySecretary = await createSecretary(early.id);
    const upcoming = await createSentSurvey([early.id], {
      questions: [{ kind: "RATING" }],
      opensAt: new Date(Date.now() + dayMs),
      closesAt: new Date(Date.now() + 5 * dayMs),
    });
    const closed = await createSentSurvey([early.id], {
      questions: [{ kind: "RATING" }],
      opensAt: new Date(Date.now() - 5 * dayMs),
      closesAt: new Date(Date.now() - hourMs),
    });
    actAs(earlySecretary);
    const before = await answer({ surveyId: upcoming.survey.id, [`q${upcoming.questions[0]!.id}`]: "3" });
    expect(before.message?.key).toBe("surveys.answer.errors.notOpenYet");
    const after = await answer({ surveyId: closed.survey.id, [`q${closed.questions[0]!.id}`]: "3" });
    expect(after.message?.key).toBe("surveys.answer.errors.closed");
    expect(await db.surveyResponse.count({ where: { unitId: early.id } })).toBe(0);
  });

  it("two first answers at once make one response, the later one changing it", async () => {
    const raceUnit = await createUnit();
    const first = await createSecretary(raceUnit.id);
    const second = await createSecretary(raceUnit.id, { unitRole: "DEPUTY" });
    const { survey, questions } = await createSentSurvey([raceUnit.id], { questions: [{ kind: "RATING" }] });
    const actor = (user: { id: number }) => ({ ...user, role: "SECRETARY", unitId: raceUnit.id }) as never;
    const save = (user: { id: number }, rating: number) =>
      saveAnswer(actor(user), {
        surveyId: survey.id,
        responseVersion: null,
        answers: [{ questionId: questions[0]!.id, optionIds: [], otherText: "", rating, text: "" }],
      });
    await Promise.all([save(first, 2), save(second, 5)]);
    const responses = await db.surveyResponse.findMany({
      where: { surveyId: survey.id },
      include: { answers: true },
    });
    expect(responses).toHaveLength(1);
    expect(responses[0]?.version).toBe(1);
    expect(responses[0]?.answers).toHaveLength(1);
  });
});
