import "server-only";
import { db } from "@/lib/core/db";
import { surveyPhase } from "@/lib/surveys/window";

// Reads for the secretary's survey pages: only surveys sent to their own unit.

export async function listUnitSurveys(unitId: number, now = new Date()) {
  const rows = await db.surveyRecipient.findMany({
    where: { unitId, survey: { status: "SENT" } },
    select: {
      survey: {
        select: {
          id: true,
          title: true,
          status: true,
          opensAt: true,
          closesAt: true,
          responses: { where: { unitId }, select: { updatedAt: true } },
        },
      },
    },
    orderBy: { survey: { closesAt: "desc" } },
  });
  return rows.map(({ survey: { responses, ...survey } }) => ({
    ...survey,
    phase: surveyPhase(survey, now),
    answeredAt: responses[0]?.updatedAt ?? null,
  }));
}

export type UnitSurveyRow = Awaited<ReturnType<typeof listUnitSurveys>>[number];

/** The survey as the unit answers it (questions in order) and the unit's response, or null. */
export async function getSurveyForUnit(surveyId: number, unitId: number) {
  const recipient = await db.surveyRecipient.findUnique({
    where: { surveyId_unitId: { surveyId, unitId } },
    select: {
      survey: {
        select: {
          id: true,
          title: true,
          intro: true,
          status: true,
          opensAt: true,
          closesAt: true,
          anonymous: true,
          questions: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              kind: true,
              prompt: true,
              required: true,
              allowOther: true,
              options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
            },
          },
          responses: {
            where: { unitId },
            select: {
              version: true,
              updatedAt: true,
              answers: {
                select: { questionId: true, optionIds: true, otherText: true, rating: true, text: true },
              },
            },
          },
        },
      },
    },
  });
  if (!recipient || recipient.survey.status !== "SENT") return null;
  const { responses, ...survey } = recipient.survey;
  return { ...survey, response: responses[0] ?? null };
}

export type UnitSurvey = NonNullable<Awaited<ReturnType<typeof getSurveyForUnit>>>;

/** The questions an answer is checked against (sent surveys cannot change them any more). */
export async function answerQuestionsOf(surveyId: number) {
  return db.surveyQuestion.findMany({
    where: { surveyId, survey: { status: "SENT" } },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, required: true, allowOther: true, options: { select: { id: true } } },
  });
}
