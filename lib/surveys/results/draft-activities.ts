import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { appendActivities } from "@/lib/activities/append";
import type { DraftActivitiesInput } from "./schemas";

/**
 * Turns the picked options and questions of a survey into PLANNED activities of a year's list,
 * each keeping the question that suggested it (Activity.surveyQuestionId). All or nothing.
 * Returns how many were created.
 */
export async function draftActivities(actor: AdminActor, input: DraftActivitiesInput): Promise<number> {
  return db.$transaction(async (tx) => {
    const questions = await tx.surveyQuestion.findMany({
      where: { surveyId: input.surveyId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        prompt: true,
        options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
      },
    });
    const picked = new Set(input.picks);
    // In the survey's order, whatever order the boxes arrived in; a pick of another survey is refused.
    const drafts = questions.flatMap((question) => [
      ...(picked.has(`q${question.id}`) ? [{ title: question.prompt, surveyQuestionId: question.id }] : []),
      ...question.options
        .filter((option) => picked.has(`o${option.id}`))
        .map((option) => ({ title: option.label, surveyQuestionId: question.id })),
    ]);
    if (drafts.length !== picked.size)
      throw new DomainError("surveys.admin.draft.unknownPick", undefined, "picks");
    const ids = await appendActivities(
      tx,
      actor.id,
      input.year,
      drafts.map((draft) => ({
        ...draft,
        title: draft.title.slice(0, 120),
        type: input.type,
        commitment: input.commitment,
        plannedMonth: input.plannedMonth,
        status: "PLANNED" as const,
      })),
      "year",
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "survey.draftActivities",
      entity: "Survey",
      entityId: input.surveyId,
      after: { year: input.year, activityIds: ids, picks: input.picks },
    });
    return ids.length;
  });
}
