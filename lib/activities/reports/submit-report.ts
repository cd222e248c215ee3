import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { beijingToday } from "@/lib/core/time/beijing";
import { isoDay } from "./dates";
import { assertLead, lockActivity } from "@/lib/activities/lifecycle/lock-activity";
import { syncActivityServiceLog } from "@/lib/pairing";
import { assertTransition, nextStatus, startsFrom } from "@/lib/activities/lifecycle/transitions";
import { buildParticipantRows } from "./report-participants";
import type { ReportInput } from "./schemas";

/**
 * Files the outcome report of a held activity (DONE → REPORTED, report SUBMITTED), or resubmits
 * a report an admin returned for a fix (NEEDS_FIX → SUBMITTED, checked against its version).
 * Any other change to a reported activity is refused. An activity held at a long-term service
 * site adds (or brings in step) its visit in the site's service log in the same transaction.
 */
export async function submitReport(
  actor: CurrentUser,
  input: ReportInput,
  now = new Date(),
): Promise<number> {
  return db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, input.activityId);
    assertLead(activity, actor.unitId);
    const existing = await tx.activityReport.findUnique({
      where: { activityId: activity.id },
      select: { id: true, status: true, version: true },
    });
    if (existing) {
      if (existing.status !== "NEEDS_FIX") throw new DomainError("activities.reports.alreadyReported");
      if (input.reportVersion !== existing.version) throw new DomainError("core.errors.staleVersion");
    } else {
      assertTransition(
        "report",
        activity.status,
        activity.status === "REPORTED" ? "activities.reports.alreadyReported" : "activities.reports.notHeld",
      );
    }

    if (input.actualDate.getUTCFullYear() !== activity.year) {
      throw new DomainError("activities.reports.dateOutsideYear", { year: activity.year }, "actualDate");
    }
    if (input.actualDate > beijingToday(now)) {
      throw new DomainError("activities.reports.dateInFuture", undefined, "actualDate");
    }
    const participants = await buildParticipantRows(
      tx,
      activity.id,
      activity.leadUnitId!,
      input.participants,
    );

    const fields = {
      actualDate: input.actualDate,
      volunteerCount: input.volunteerCount,
      serviceHours: input.serviceHours,
      summary: input.summary,
      status: "SUBMITTED" as const,
      submittedById: actor.id,
    };
    let reportId: number;
    if (existing) {
      const { count } = await tx.activityReport.updateMany({
        where: { id: existing.id, status: "NEEDS_FIX", version: existing.version },
        data: { ...fields, fixRequest: "", version: { increment: 1 } },
      });
      if (count !== 1) throw new DomainError("core.errors.staleVersion");
      reportId = existing.id;
      await tx.reportParticipant.deleteMany({ where: { reportId } });
      await tx.reportResult.deleteMany({ where: { reportId } });
    } else {
      const { count } = await tx.activity.updateMany({
        where: { id: activity.id, status: { in: startsFrom("report") } },
        data: { status: nextStatus("report", activity.status)!, version: { increment: 1 } },
      });
      if (count !== 1) throw new DomainError("core.errors.staleVersion");
      reportId = (
        await tx.activityReport.create({ data: { activityId: activity.id, ...fields }, select: { id: true } })
      ).id;
    }
    await tx.reportParticipant.createMany({ data: participants.map((row) => ({ reportId, ...row })) });
    await tx.reportResult.createMany({
      data: input.results.map((row, position) => ({ reportId, ...row, position })),
    });
    await syncActivityServiceLog(tx, activity.id, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: existing ? "report.resubmit" : "report.submit",
      entity: "ActivityReport",
      entityId: reportId,
      unitId: activity.leadUnitId,
      after: {
        actualDate: isoDay(input.actualDate),
        volunteerCount: input.volunteerCount,
        serviceHours: input.serviceHours,
        participants,
        results: input.results,
      },
    });
    return reportId;
  });
}
