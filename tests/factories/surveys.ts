// Surveys for tests: drafts with questions, or sent ones with recipients and an open window.
import { db } from "@/lib/core/db";
import type { SurveyQuestionKind } from "@/lib/generated/prisma/enums";
import { createAdmin, uniqueSuffix } from "./index";

export const hourMs = 3_600_000;
export const dayMs = 86_400_000;

export type QuestionSeed = {
  kind: SurveyQuestionKind;
  prompt?: string;
  required?: boolean;
  allowOther?: boolean;
  options?: string[];
};

type SurveySeed = {
  questions?: QuestionSeed[];
  opensAt?: Date;
  closesAt?: Date;
  anonymous?: boolean;
  createdById?: number;
};

/** A draft survey (open from an hour ago for a week unless told) with its questions in order. */
export async function createDraftSurvey(seed: SurveySeed = {}) {
  const createdById = seed.createdById ?? (await createAdmin()).id;
  const now = Date.now();
  const survey = await db.survey.create({
    data: {
      title: `测试问卷${uniqueSuffix()}`,
      opensAt: seed.opensAt ?? new Date(now - hourMs),
      closesAt: seed.closesAt ?? new Date(now + 7 * dayMs),
      anonymous: seed.anonymous ?? false,
      createdById,
    },
  });
  const questions = [];
  for (const [position, question] of (seed.questions ?? []).entries()) {
    questions.push(
      await db.surveyQuestion.create({
        data: {
          surveyId: survey.id,
          position,
          kind: question.kind,
          prompt: question.prompt ?? `第${position + 1}题`,
          required: question.required ?? true,
          allowOther: question.allowOther ?? false,
          options: { create: (question.options ?? []).map((label, index) => ({ position: index, label })) },
        },
        include: { options: { orderBy: { position: "asc" } } },
      }),
    );
  }
  return { survey, questions };
}

/** A survey already sent to these units (their recipient rows), window as given. */
export async function createSentSurvey(unitIds: number[], seed: SurveySeed = {}) {
  const draft = await createDraftSurvey(seed);
  await db.surveyRecipient.createMany({
    data: unitIds.map((unitId) => ({ surveyId: draft.survey.id, unitId })),
  });
  const survey = await db.survey.update({
    where: { id: draft.survey.id },
    data: { status: "SENT", sentAt: new Date() },
  });
  return { survey, questions: draft.questions };
}

/** Writes a unit's response directly (for results and reminder tests). */
export async function createResponse(
  surveyId: number,
  unitId: number,
  submittedById: number,
  answers: Array<{
    questionId: number;
    optionIds?: number[];
    otherText?: string;
    rating?: number;
    text?: string;
  }>,
) {
  return db.surveyResponse.create({
    data: {
      surveyId,
      unitId,
      submittedById,
      answers: { create: answers.map((answer) => ({ optionIds: [], ...answer })) },
    },
  });
}

/** A survey's notifications of one kind, per user. */
export async function surveyNotices(userId: number, kind: "SURVEY_SENT" | "SURVEY_REMINDER") {
  return db.notification.findMany({
    where: { userId, kind },
    select: { surveyId: true, values: true },
    orderBy: { id: "asc" },
  });
}
