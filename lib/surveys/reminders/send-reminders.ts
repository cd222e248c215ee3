import "server-only";
import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { dueClosingWindow } from "./due";

const runLimits = { maxWait: 20_000, timeout: 60_000 } as const;

/**
 * Reminds the units that have not answered a sent survey closing within three days (./due.ts).
 * Returns how many units were reminded.
 *
 * Exactly once: a unit's reminder is claimed by setting its SurveyRecipient.remindedAt with a
 * conditional update (only while it is still null and the unit has no response); only a claim
 * this run won is notified, in the same transaction, so two runs at once never notify twice.
 * Runs hourly (POST /api/cron/survey-reminders) and from the admin's survey page.
 */
export async function sendSurveyReminders(now: Date, actorId: number | null = null): Promise<number> {
  const { from, until } = dueClosingWindow(now);
  const surveys = await db.survey.findMany({
    where: { status: "SENT", opensAt: { lte: now }, closesAt: { gte: from, lte: until } },
    select: { id: true, title: true, closesAt: true },
  });
  if (surveys.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const sent: Array<{ surveyId: number; unitId: number }> = [];
    for (const survey of surveys) {
      const due = await tx.surveyRecipient.findMany({
        where: { surveyId: survey.id, remindedAt: null, unit: { status: "ACTIVE" } },
        select: { unitId: true },
      });
      for (const { unitId } of due) {
        const claimed = await tx.surveyRecipient.updateMany({
          where: {
            surveyId: survey.id,
            unitId,
            remindedAt: null,
            unit: { surveyResponses: { none: { surveyId: survey.id } } },
          },
          data: { remindedAt: now },
        });
        if (claimed.count !== 1) continue;
        await notifyUnit(
          tx,
          unitId,
          "SURVEY_REMINDER",
          { surveyId: survey.id },
          {
            title: survey.title,
            date: formatBeijingDateTime(survey.closesAt),
          },
        );
        sent.push({ surveyId: survey.id, unitId });
      }
    }
    if (sent.length > 0)
      await recordAudit(tx, {
        actorId,
        action: "survey.remind",
        entity: "Survey",
        entityId: [...new Set(sent.map((row) => row.surveyId))].join(","),
        after: { sent: sent.length, reminders: sent },
      });
    return sent.length;
  }, runLimits);
}
