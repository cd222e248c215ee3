import "server-only";
import { db } from "@/lib/core/db";

// Reads for the survey builder and the admin's list of surveys.

export async function listSurveysForAdmin() {
  const surveys = await db.survey.findMany({
    orderBy: [{ opensAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      _count: { select: { recipients: true, responses: true, questions: true } },
    },
  });
  return surveys.map(({ _count, ...survey }) => ({
    ...survey,
    recipients: _count.recipients,
    answered: _count.responses,
    questions: _count.questions,
  }));
}

export type AdminSurveyRow = Awaited<ReturnType<typeof listSurveysForAdmin>>[number];

/** One survey with its questions and options in order, for the builder page. */
export async function getSurveyForBuilder(surveyId: number) {
  return db.survey.findUnique({
    where: { id: surveyId },
    select: {
      id: true,
      title: true,
      intro: true,
      status: true,
      opensAt: true,
      closesAt: true,
      anonymous: true,
      sentAt: true,
      version: true,
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
      _count: { select: { recipients: true, responses: true } },
    },
  });
}

export type BuilderSurvey = NonNullable<Awaited<ReturnType<typeof getSurveyForBuilder>>>;

/** The active units a survey can be sent to, by name. */
export async function listActiveUnitsForSending() {
  return db.unit.findMany({
    where: { status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
  });
}
