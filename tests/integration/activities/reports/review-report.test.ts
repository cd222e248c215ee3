// Admin review: ask for a fix (the lead is told), the lead fixes and resubmits, the admin accepts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { acceptReport, requestReportFix } from "@/lib/activities/reports/review-report";
import { reportSchema } from "@/lib/activities/reports/schemas";
import { submitReport } from "@/lib/activities/reports/submit-report";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { asActor, createFiledReport, createLedActivity } from "@/tests/factories/reports";

const now = new Date("2026-06-01T04:00:00Z");

describe("the report fix flow", () => {
  it("returns a report with a message, lets the lead resubmit with the current version, then accepts it", async () => {
    const lead = await createUnit();
    const leadUser = asActor(await createSecretary(lead.id));
    const admin = asActor(await createAdmin());
    const activity = await createLedActivity(lead.id, "DONE");
    const report = await createFiledReport(activity.id, leadUser.id, lead.id);

    await requestReportFix(admin, { reportId: report.id, version: 0, message: "请补充服务时长的计算方式" });
    const returned = await db.activityReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(returned).toMatchObject({
      status: "NEEDS_FIX",
      fixRequest: "请补充服务时长的计算方式",
      version: 1,
    });
    const notes = await db.notification.findMany({
      where: { activityId: activity.id, kind: "REPORT_NEEDS_FIX" },
    });
    expect(notes.map((n) => n.userId)).toEqual([leadUser.id]);
    expect(notes[0]!.values).toMatchObject({ title: activity.title, reason: "请补充服务时长的计算方式" });

    const fixed = (version: string) =>
      reportSchema.parse({
        activityId: String(activity.id),
        reportVersion: version,
        actualDate: "2026-03-10",
        volunteerCount: "100",
        serviceHours: "300",
        summary: "已补充：每人 3 小时。",
        [`participant_${lead.id}`]: "100",
      });
    await expect(submitReport(leadUser, fixed("0"), now)).rejects.toMatchObject({
      key: "core.errors.staleVersion",
    });
    await submitReport(leadUser, fixed("1"), now);
    const resubmitted = await db.activityReport.findUniqueOrThrow({
      where: { id: report.id },
      include: { participants: true },
    });
    expect(resubmitted).toMatchObject({
      status: "SUBMITTED",
      fixRequest: "",
      summary: "已补充：每人 3 小时。",
      version: 2,
    });
    expect(resubmitted.participants).toMatchObject([{ unitId: lead.id, count: 100, corrected: true }]);

    await expect(acceptReport(admin, { reportId: report.id, version: 1 })).rejects.toMatchObject({
      key: "core.errors.staleVersion",
    });
    await acceptReport(admin, { reportId: report.id, version: 2 });
    expect((await db.activityReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("ACCEPTED");
    await expect(submitReport(leadUser, fixed("3"), now)).rejects.toMatchObject({
      key: "activities.reports.alreadyReported",
    });
    expect(
      await db.auditLog.count({ where: { entityId: String(report.id), action: { startsWith: "report." } } }),
    ).toBe(3);
  });

  it("only reviews submitted reports", async () => {
    const lead = await createUnit();
    const user = await createSecretary(lead.id);
    const admin = asActor(await createAdmin());
    const activity = await createLedActivity(lead.id, "DONE");
    const report = await createFiledReport(activity.id, user.id, lead.id, "NEEDS_FIX");
    await expect(
      requestReportFix(admin, { reportId: report.id, version: 0, message: "再改" }),
    ).rejects.toMatchObject({
      key: "activities.reports.notSubmitted",
    });
    await expect(acceptReport(admin, { reportId: report.id, version: 0 })).rejects.toMatchObject({
      key: "activities.reports.notSubmitted",
    });
  });
});
