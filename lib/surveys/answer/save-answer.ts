import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { SecretaryActor } from "@/lib/core/auth/policy";
import { surveyPhase } from "@/lib/surveys/window";
import type { AnswerValue } from "./answer-schema";

export type SaveAnswerInput = {
  surveyId: number;
  /** The response's version the form showed; null when the form was for a first answer. */
  responseVersion: number | null;
  answers: AnswerValue[];
};

async function lockOpenSurvey(tx: Tx, surveyId: number, unitId: number, now: Date) {
  // A shared lock: answers may be saved side by side, never while the survey itself changes.
  const rows = await tx.$queryRaw<Array<{ status: "DRAFT" | "SENT"; opensAt: Date; closesAt: Date }>>`
    SELECT "status"::text AS "status", "opensAt", "closesAt" FROM "Survey" WHERE "id" = ${surveyId} FOR SHARE`;
  const survey = rows[0];
  const recipient = survey
    ? await tx.surveyRecipient.findUnique({
        where: { surveyId_unitId: { surveyId, unitId } },
        select: { unitId: true },
      })
    : null;
  if (!survey || !recipient) throw new DomainError("surveys.answer.errors.notRecipient");
  const phase = surveyPhase(survey, now);
  if (phase === "upcoming") throw new DomainError("surveys.answer.errors.notOpenYet");
  if (phase !== "open") throw new DomainError("surveys.answer.errors.closed");
}

/**
 * Saves the unit's answer: the first answer creates its one response, any later one changes
 * that same response (the unique survey + unit decides, also when two secretaries of the unit
 * send at once: INSERT … ON CONFLICT DO NOTHING, then the row is locked and updated). A form
 * loaded before someone else's change (its version) is refused instead of overwriting it.
 */
export async function saveAnswer(
  actor: SecretaryActor,
  input: SaveAnswerInput,
  now = new Date(),
): Promise<void> {
  const unitId = actor.unitId;
  await db.$transaction(async (tx) => {
    await lockOpenSurvey(tx, input.surveyId, unitId, now);
    const inserted = await tx.$queryRaw<Array<{ id: number }>>`
      INSERT INTO "SurveyResponse" ("surveyId", "unitId", "submittedById", "updatedAt")
      VALUES (${input.surveyId}, ${unitId}, ${actor.id}, ${now})
      ON CONFLICT ("surveyId", "unitId") DO NOTHING RETURNING "id"`;
    const [response] = await tx.$queryRaw<Array<{ id: number; version: number }>>`
      SELECT "id", "version" FROM "SurveyResponse"
      WHERE "surveyId" = ${input.surveyId} AND "unitId" = ${unitId} FOR UPDATE`;
    if (!response) throw new DomainError("surveys.answer.errors.notRecipient");
    const created = inserted.length > 0;
    if (!created && input.responseVersion !== null && input.responseVersion !== response.version)
      throw new DomainError("core.errors.staleVersion");

    const before = created
      ? undefined
      : await tx.surveyAnswer.findMany({
          where: { responseId: response.id },
          select: { questionId: true, optionIds: true, otherText: true, rating: true, text: true },
        });
    await tx.surveyAnswer.deleteMany({ where: { responseId: response.id } });
    if (input.answers.length > 0)
      await tx.surveyAnswer.createMany({
        data: input.answers.map((answer) => ({ responseId: response.id, ...answer })),
      });
    if (!created)
      await tx.surveyResponse.update({
        where: { id: response.id },
        data: { submittedById: actor.id, version: { increment: 1 } },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: created ? "survey.answer" : "survey.answer.change",
      entity: "SurveyResponse",
      entityId: response.id,
      unitId,
      before,
      after: input.answers,
    });
  });
}
