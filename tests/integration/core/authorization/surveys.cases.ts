// Surveys (调研问卷): building, sending, reminding and drafting activities are the district
// committee's (surveys.manage); answering is a secretary's, for their own unit (survey.answer;
// whether the survey was sent to that unit is the mutation's rule, past the policy).
import { toBeijingLocalInput } from "@/lib/core/time/beijing";
import {
  addQuestion,
  createSurvey,
  moveQuestion,
  removeQuestion,
  sendSurvey,
  updateQuestion,
  updateSurvey,
} from "@/lib/surveys/build/actions";
import { answerSurvey } from "@/lib/surveys/answer/actions";
import { sendDueSurveyReminders } from "@/lib/surveys/reminders/actions";
import { draftActivities } from "@/lib/surveys/results/actions";
import { createDraftSurvey, createSentSurvey, dayMs } from "@/tests/factories/surveys";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase, type Outcome, type RoleName } from "./roles";

const secretaryOnly: Record<RoleName, Outcome> = {
  ...adminOnly,
  secretaryA: "allowed",
  secretaryB: "allowed",
  admin: "refused",
};

const answerWindow = () => ({
  opensAt: toBeijingLocalInput(new Date(Date.now() + dayMs)),
  closesAt: toBeijingLocalInput(new Date(Date.now() + 8 * dayMs)),
});
const draftWithQuestion = () =>
  createDraftSurvey({ questions: [{ kind: "SINGLE_CHOICE", options: ["是", "否"] }] });

export const cases: AuthorizationCase[] = [
  {
    name: "createSurvey",
    action: createSurvey,
    input: () => formData({ title: "授权测试问卷", ...answerWindow() }),
    expected: adminOnly,
  },
  {
    name: "updateSurvey",
    action: updateSurvey,
    input: async () =>
      formData({
        surveyId: (await createDraftSurvey()).survey.id,
        version: 0,
        title: "改",
        ...answerWindow(),
      }),
    expected: adminOnly,
  },
  {
    name: "addQuestion",
    action: addQuestion,
    input: async () =>
      formData({
        surveyId: (await createDraftSurvey()).survey.id,
        version: 0,
        kind: "RATING",
        prompt: "评分",
      }),
    expected: adminOnly,
  },
  {
    name: "updateQuestion",
    action: updateQuestion,
    input: async () => {
      const { survey, questions } = await draftWithQuestion();
      return formData({
        surveyId: survey.id,
        version: 0,
        questionId: questions[0]!.id,
        kind: "RATING",
        prompt: "改",
      });
    },
    expected: adminOnly,
  },
  {
    name: "moveQuestion",
    action: moveQuestion,
    input: async () => {
      const { survey, questions } = await draftWithQuestion();
      return formData({ surveyId: survey.id, version: 0, questionId: questions[0]!.id, direction: "down" });
    },
    expected: adminOnly,
  },
  {
    name: "removeQuestion",
    action: removeQuestion,
    input: async () => {
      const { survey, questions } = await draftWithQuestion();
      return formData({ surveyId: survey.id, version: 0, questionId: questions[0]!.id });
    },
    expected: adminOnly,
  },
  {
    name: "sendSurvey",
    action: sendSurvey,
    input: async (world) =>
      formData({
        surveyId: (await draftWithQuestion()).survey.id,
        version: 0,
        audience: "chosen",
        unitIds: [String(world.unitA.id)],
      }),
    expected: adminOnly,
  },
  {
    name: "sendDueSurveyReminders",
    action: sendDueSurveyReminders,
    input: () => formData({}),
    expected: adminOnly,
  },
  {
    name: "draftActivities",
    action: draftActivities,
    input: async () => {
      const { survey, questions } = await createSentSurvey([], {
        questions: [{ kind: "SINGLE_CHOICE", options: ["甲", "乙"] }],
      });
      return formData({
        surveyId: survey.id,
        year: 2099,
        picks: [`q${questions[0]!.id}`],
        type: "OTHER",
        commitment: "YOUTH_PROJECT",
        plannedMonth: 3,
      });
    },
    expected: adminOnly,
  },
  {
    name: "answerSurvey",
    action: answerSurvey,
    input: async (world) => {
      const { survey, questions } = await createSentSurvey([world.unitA.id], {
        questions: [{ kind: "RATING" }],
      });
      return formData({ surveyId: survey.id, [`q${questions[0]!.id}`]: "5" });
    },
    expected: secretaryOnly,
  },
];
