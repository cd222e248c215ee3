// The public numbers come from visible reports only: submitted or accepted, never one returned
// for a fix, never another year's.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getYearReportTotals, listUnitReportNumbers } from "@/lib/activities/reports/public-queries";
import { createSecretary, createUnit } from "@/tests/factories";
import { createFiledReport, createLedActivity, reportYear } from "@/tests/factories/reports";

describe("the public report numbers", () => {
  it("sum activities, distinct units, volunteers and hours of the year's visible reports", async () => {
    const lead = await createUnit();
    const guest = await createUnit();
    const user = await createSecretary(lead.id);
    const first = await createLedActivity(lead.id, "DONE");
    const report = await createFiledReport(first.id, user.id, lead.id, "ACCEPTED");
    await db.reportParticipant.create({ data: { reportId: report.id, unitId: guest.id, count: 7 } });
    const second = await createLedActivity(lead.id, "DONE");
    await createFiledReport(second.id, user.id, lead.id, "SUBMITTED");
    const returned = await createLedActivity(lead.id, "DONE");
    await createFiledReport(returned.id, user.id, lead.id, "NEEDS_FIX");
    const otherYear = await createLedActivity(lead.id, "DONE", { year: reportYear + 1 });
    await createFiledReport(otherYear.id, user.id, lead.id, "ACCEPTED");

    expect(await getYearReportTotals(reportYear)).toEqual({
      activities: 2,
      units: 2,
      volunteers: 20,
      hours: 40,
    });

    const rows = await listUnitReportNumbers(lead.id);
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row.activityId === first.id)).toMatchObject({
      units: 2,
      people: 17,
      volunteers: 10,
      hours: 20,
    });
    expect(rows.some((row) => row.activityId === returned.id)).toBe(false);
  });
});
