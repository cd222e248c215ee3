// Filing the outcome report: counts from check-ins with corrections marked, and the refusals.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { reportSchema } from "@/lib/activities/reports/schemas";
import { submitReport } from "@/lib/activities/reports/submit-report";
import { createSecretary, createUnit } from "@/tests/factories";
import { addCheckIn, asActor, createLedActivity, joinUnit } from "@/tests/factories/reports";

const now = new Date("2026-06-01T04:00:00Z");
let lead: { id: number };
let leadUser: ReturnType<typeof asActor>;

beforeEach(async () => {
  lead = await createUnit();
  leadUser = asActor(await createSecretary(lead.id));
});

function input(activityId: number, fields: Record<string, string> = {}) {
  return reportSchema.parse({
    activityId: String(activityId),
    actualDate: "2026-03-10",
    volunteerCount: "100",
    serviceHours: "250.5",
    summary: "在南山街道种下桂花和樱花树苗。",
    result_0_label: "植树",
    result_0_value: "200",
    result_0_unit: "棵",
    result_1_label: "",
    ...fields,
  });
}

describe("submitting a report", () => {
  it("takes counts from check-ins, marks corrected rows, and sets REPORTED/SUBMITTED with an audit record", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    const joined = await createUnit();
    await joinUnit(activity.id, joined.id);
    const leadUser2 = await createSecretary(lead.id, { unitRole: "DEPUTY" });
    const joinedUser = await createSecretary(joined.id);
    await addCheckIn(activity.id, leadUser.id, lead.id);
    await addCheckIn(activity.id, leadUser2.id, lead.id);
    await addCheckIn(activity.id, joinedUser.id, joined.id);

    await submitReport(
      leadUser,
      input(activity.id, {
        [`participant_${lead.id}`]: "2", // as checked in
        [`participant_${joined.id}`]: "12", // corrected
      }),
      now,
    );

    const report = await db.activityReport.findUniqueOrThrow({
      where: { activityId: activity.id },
      include: { participants: { orderBy: { unitId: "asc" } }, results: true },
    });
    expect(report.status).toBe("SUBMITTED");
    expect(report.serviceHours.toString()).toBe("250.5");
    expect(report.participants.map(({ unitId, count, corrected }) => ({ unitId, count, corrected }))).toEqual(
      [
        { unitId: lead.id, count: 2, corrected: false },
        { unitId: joined.id, count: 12, corrected: true },
      ].sort((a, b) => a.unitId - b.unitId),
    );
    expect(report.results.map((r) => [r.label, Number(r.value), r.unit])).toEqual([["植树", 200, "棵"]]);
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe("REPORTED");
    expect(await db.auditLog.count({ where: { action: "report.submit", entityId: String(report.id) } })).toBe(
      1,
    );
  });

  it("keeps check-in counts for units the form left out", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    await addCheckIn(activity.id, leadUser.id, lead.id);
    await submitReport(leadUser, input(activity.id), now);
    const rows = await db.reportParticipant.findMany({ where: { report: { activityId: activity.id } } });
    expect(rows).toMatchObject([{ unitId: lead.id, count: 1, corrected: false }]);
  });

  it("refuses a report with 0 participants in total and writes nothing", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    await expect(
      submitReport(leadUser, input(activity.id, { [`participant_${lead.id}`]: "0" }), now),
    ).rejects.toMatchObject({ key: "activities.reports.noParticipants" });
    expect(await db.activityReport.count({ where: { activityId: activity.id } })).toBe(0);
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe("DONE");
  });

  it("refuses an actual date outside the plan's year or in the future", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    const rows = { [`participant_${lead.id}`]: "5" };
    await expect(
      submitReport(leadUser, input(activity.id, { ...rows, actualDate: "2025-12-31" }), now),
    ).rejects.toMatchObject({ key: "activities.reports.dateOutsideYear", field: "actualDate" });
    await expect(
      submitReport(leadUser, input(activity.id, { ...rows, actualDate: "2026-06-02" }), now),
    ).rejects.toMatchObject({ key: "activities.reports.dateInFuture" });
  });

  it("refuses a forged unit id that has no part in the activity", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    const stranger = await createUnit();
    await expect(
      submitReport(leadUser, input(activity.id, { [`participant_${stranger.id}`]: "5" }), now),
    ).rejects.toMatchObject({ key: "activities.reports.unknownUnit" });
  });

  it("refuses a report before the activity was held, and editing a reported activity", async () => {
    const rows = { [`participant_${lead.id}`]: "5" };
    const closed = await createLedActivity(lead.id, "CLOSED");
    await expect(submitReport(leadUser, input(closed.id, rows), now)).rejects.toMatchObject({
      key: "activities.reports.notHeld",
    });
    const done = await createLedActivity(lead.id, "DONE");
    await submitReport(leadUser, input(done.id, rows), now);
    await expect(
      submitReport(leadUser, input(done.id, { ...rows, summary: "改写", reportVersion: "0" }), now),
    ).rejects.toMatchObject({ key: "activities.reports.alreadyReported" });
    expect((await db.activityReport.findUniqueOrThrow({ where: { activityId: done.id } })).summary).not.toBe(
      "改写",
    );
  });

  it("refuses another unit's secretary", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    const other = asActor(await createSecretary((await createUnit()).id));
    await expect(
      submitReport(other, input(activity.id, { [`participant_${lead.id}`]: "5" }), now),
    ).rejects.toMatchObject({ key: "core.errors.forbidden" });
  });
});

describe("the report form's validation", () => {
  it("refuses negative or over-precise hours, half-filled result rows and a too-long summary", () => {
    const base = { activityId: "1", actualDate: "2026-03-10", volunteerCount: "1", summary: "x" };
    expect(reportSchema.safeParse({ ...base, serviceHours: "-1" }).success).toBe(false);
    expect(reportSchema.safeParse({ ...base, serviceHours: "1.25" }).success).toBe(false);
    expect(reportSchema.safeParse({ ...base, serviceHours: "1.5" }).success).toBe(true);
    expect(
      reportSchema.safeParse({
        ...base,
        serviceHours: "1",
        result_2_label: "植树",
        result_2_value: "",
        result_2_unit: "棵",
      }).success,
    ).toBe(false);
    expect(reportSchema.safeParse({ ...base, serviceHours: "1", summary: "字".repeat(5001) }).success).toBe(
      false,
    );
  });

  it("refuses a control character in a result's name or unit by that field (PostgreSQL refuses NUL)", () => {
    const base = {
      activityId: "1",
      actualDate: "2026-03-10",
      volunteerCount: "1",
      summary: "x",
      serviceHours: "1",
    };
    const row = { result_0_label: "植树", result_0_value: "200", result_0_unit: "棵" };
    for (const [field, value] of [
      ["result_0_label", "植\u0000树"],
      ["result_0_unit", "棵\u0000"],
    ] as const) {
      const parsed = reportSchema.safeParse({ ...base, ...row, [field]: value });
      expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        [field, "core.validation.controlCharacters"],
      ]);
    }
  });
});
