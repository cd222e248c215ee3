import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { lockDraft } from "./lock-survey";
import { sendProblems } from "./sendable";
import type { SendSurveyInput } from "./schemas";

// Thirty units' notifications and their mail copies: give the transaction room.
const sendLimits = { maxWait: 10_000, timeout: 30_000 } as const;

/**
 * Sends a finished draft to all active units or the chosen ones: their recipient rows, the
 * SENT status and every unit's notification are written together. Returns how many units.
 */
export async function sendSurvey(
  actor: AdminActor,
  input: SendSurveyInput,
  now = new Date(),
): Promise<number> {
  return db.$transaction(async (tx) => {
    const survey = await lockDraft(tx, input.surveyId, input.version);
    const questions = await tx.surveyQuestion.findMany({
      where: { surveyId: survey.id },
      select: { position: true, kind: true, _count: { select: { options: true } } },
    });
    const [problem] = sendProblems(
      questions.map((q) => ({ position: q.position, kind: q.kind, optionCount: q._count.options })),
    );
    if (problem) throw new DomainError(problem.key, problem.values);
    if (survey.closesAt.getTime() <= now.getTime()) throw new DomainError("surveys.admin.errors.windowOver");

    const units = await tx.unit.findMany({
      where: { status: "ACTIVE", ...(input.audience === "chosen" ? { id: { in: input.unitIds } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    if (input.audience === "chosen" && units.length !== new Set(input.unitIds).size)
      throw new DomainError("surveys.admin.errors.unitNotActive", undefined, "unitIds");
    if (units.length === 0) throw new DomainError("surveys.admin.errors.noUnits", undefined, "unitIds");

    await tx.surveyRecipient.createMany({
      data: units.map((unit) => ({ surveyId: survey.id, unitId: unit.id })),
    });
    await tx.survey.update({ where: { id: survey.id }, data: { status: "SENT", sentAt: now } });
    const values = { title: survey.title, date: formatBeijingDateTime(survey.closesAt) };
    for (const unit of units) await notifyUnit(tx, unit.id, "SURVEY_SENT", { surveyId: survey.id }, values);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "survey.send",
      entity: "Survey",
      entityId: survey.id,
      after: { audience: input.audience, unitIds: units.map((unit) => unit.id) },
    });
    return units.length;
  }, sendLimits);
}
