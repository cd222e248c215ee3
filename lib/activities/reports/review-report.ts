import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";

type Review = { reportId: number; version: number };

// Admin review: only a SUBMITTED report is accepted or returned; the version in the form makes
// a decision on a report that changed meanwhile (resubmitted, reviewed in another tab) fail.
async function review(actor: CurrentUser, input: Review, status: "ACCEPTED" | "NEEDS_FIX", fixRequest = "") {
  await db.$transaction(async (tx) => {
    const report = await tx.activityReport.findUnique({
      where: { id: input.reportId },
      select: { id: true, status: true, activity: { select: { id: true, title: true, leadUnitId: true } } },
    });
    if (!report) throw new DomainError("activities.reports.reportNotFound");
    if (report.status !== "SUBMITTED") throw new DomainError("activities.reports.notSubmitted");
    const { count } = await tx.activityReport.updateMany({
      where: { id: report.id, status: "SUBMITTED", version: input.version },
      data: { status, fixRequest, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    if (status === "NEEDS_FIX" && report.activity.leadUnitId !== null) {
      await notifyUnit(tx, report.activity.leadUnitId, "REPORT_NEEDS_FIX", report.activity.id, {
        title: report.activity.title,
        reason: fixRequest,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === "ACCEPTED" ? "report.accept" : "report.requestFix",
      entity: "ActivityReport",
      entityId: report.id,
      unitId: report.activity.leadUnitId,
      before: { status: "SUBMITTED" },
      after: { status, ...(fixRequest ? { fixRequest } : {}) },
    });
  });
}

export async function acceptReport(actor: CurrentUser, input: Review): Promise<void> {
  await review(actor, input, "ACCEPTED");
}

export async function requestReportFix(
  actor: CurrentUser,
  input: Review & { message: string },
): Promise<void> {
  await review(actor, input, "NEEDS_FIX", input.message);
}
