import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { AdminActor } from "@/lib/core/auth/policy";
import { lockDraft } from "./lock-survey";
import type { CreateSurveyInput, UpdateSurveyInput } from "./schemas";

const surveyData = (input: CreateSurveyInput) => ({
  title: input.title,
  intro: input.intro,
  opensAt: input.opensAt,
  closesAt: input.closesAt,
  anonymous: input.anonymous,
});

/** Starts a draft survey; its questions are added on its own page. Returns its id. */
export async function createSurvey(actor: AdminActor, input: CreateSurveyInput): Promise<number> {
  return db.$transaction(async (tx) => {
    const survey = await tx.survey.create({
      data: { ...surveyData(input), createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "survey.create",
      entity: "Survey",
      entityId: survey.id,
      after: surveyData(input),
    });
    return survey.id;
  });
}

/** Saves the draft's title, intro, window and anonymity. */
export async function updateSurvey(actor: AdminActor, input: UpdateSurveyInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await lockDraft(tx, input.surveyId, input.version);
    await tx.survey.update({ where: { id: input.surveyId }, data: surveyData(input) });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "survey.update",
      entity: "Survey",
      entityId: input.surveyId,
      before,
      after: surveyData(input),
    });
  });
}
