import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";

export type LockedSurvey = {
  id: number;
  title: string;
  status: "DRAFT" | "SENT";
  opensAt: Date;
  closesAt: Date;
  version: number;
};

/** Locks the survey row for the rest of the transaction; a missing survey is a refusal. */
export async function lockSurvey(tx: Tx, surveyId: number): Promise<LockedSurvey> {
  const rows = await tx.$queryRaw<LockedSurvey[]>`
    SELECT "id", "title", "status"::text AS "status", "opensAt", "closesAt", "version"
    FROM "Survey" WHERE "id" = ${surveyId} FOR UPDATE`;
  const survey = rows[0];
  if (!survey) throw new DomainError("surveys.admin.errors.notFound");
  return survey;
}

/**
 * Locks a survey the builder may still change: a draft, unchanged since the form was loaded.
 * Every change to the draft or its questions bumps the version, so a form from a stale page
 * (another admin moved or removed a question meanwhile) is refused rather than applied.
 */
export async function lockDraft(tx: Tx, surveyId: number, version: number): Promise<LockedSurvey> {
  const survey = await lockSurvey(tx, surveyId);
  if (survey.status !== "DRAFT") throw new DomainError("surveys.admin.errors.alreadySent");
  if (survey.version !== version) throw new DomainError("core.errors.staleVersion");
  await tx.survey.update({ where: { id: surveyId }, data: { version: { increment: 1 } } });
  return survey;
}
