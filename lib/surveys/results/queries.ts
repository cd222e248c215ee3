import "server-only";
import { db } from "@/lib/core/db";
import type { CountQuestion, CountResponse } from "./count-results";

// The results of one survey for admins: its questions, every response with its unit, and the
// recipients that have not answered.

export async function getSurveyResults(surveyId: number) {
  const survey = await db.survey.findUnique({
    where: { id: surveyId },
    select: {
      id: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      anonymous: true,
      sentAt: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          prompt: true,
          allowOther: true,
          options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
        },
      },
      responses: {
        orderBy: [{ unit: { name: "asc" } }],
        select: {
          updatedAt: true,
          unit: { select: { name: true } },
          answers: {
            select: { questionId: true, optionIds: true, otherText: true, rating: true, text: true },
          },
        },
      },
      recipients: {
        where: { unit: { surveyResponses: { none: { surveyId } } } },
        orderBy: { unit: { name: "asc" } },
        select: { remindedAt: true, unit: { select: { id: true, name: true } } },
      },
      _count: { select: { recipients: true } },
    },
  });
  if (!survey) return null;
  const questions: CountQuestion[] = survey.questions;
  const responses: Array<CountResponse & { answeredAt: Date }> = survey.responses.map((response) => ({
    unitName: response.unit.name,
    answeredAt: response.updatedAt,
    answers: response.answers,
  }));
  return {
    id: survey.id,
    title: survey.title,
    status: survey.status,
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    anonymous: survey.anonymous,
    sentAt: survey.sentAt,
    recipients: survey._count.recipients,
    questions,
    responses,
    notAnswered: survey.recipients.map((recipient) => ({
      ...recipient.unit,
      remindedAt: recipient.remindedAt,
    })),
  };
}

export type SurveyResults = NonNullable<Awaited<ReturnType<typeof getSurveyResults>>>;
