// Once an activity is reported, the plan cards, the unit's list and the activity page's panel
// count the units and people of the report, not the sign-ups (which may say 0).
import { describe, expect, it } from "vitest";
import { activityCounts } from "@/lib/activities/plan/activity-counts";
import { listPublicUnitActivities, listPublishedPlan } from "@/lib/activities/plan/queries";
import { db } from "@/lib/core/db";
import { getParticipationPanel } from "@/lib/activities/participation/queries";
import { createSecretary } from "@/tests/factories";
import {
  createFiledReport,
  createLedActivity,
  createUnit,
  joinUnit,
  reportYear,
} from "@/tests/factories/reports";

async function reportedActivity(status: "SUBMITTED" | "NEEDS_FIX" | "ACCEPTED" = "ACCEPTED") {
  const lead = await createUnit();
  const secretary = await createSecretary(lead.id);
  const helpers = [await createUnit(), await createUnit(), await createUnit()];
  const activity = await createLedActivity(lead.id, "DONE");
  await db.activity.update({ where: { id: activity.id }, data: { capacity: 120 } });
  // One unit signed up; the report says four came (one of them with nobody after all).
  await joinUnit(activity.id, helpers[0]!.id);
  const report = await createFiledReport(activity.id, secretary.id, lead.id, status);
  await db.reportParticipant.createMany({
    data: [
      { reportId: report.id, unitId: helpers[0]!.id, count: 22 },
      { reportId: report.id, unitId: helpers[1]!.id, count: 18 },
      { reportId: report.id, unitId: helpers[2]!.id, count: 0 },
    ],
  });
  return { activity, lead };
}

describe("counts of a reported activity", () => {
  it("come from the report on the plan cards", async () => {
    const { activity } = await reportedActivity();
    const listed = (await listPublishedPlan({ year: reportYear })).find((row) => row.id === activity.id)!;
    expect(
      activityCounts({
        ...listed,
        joinedUnits: listed._count.participations,
        joinedHeadcount: listed.joinedHeadcount,
      }),
    ).toEqual({ kind: "reported", units: 3, people: 50 });
  });

  it("come from the report on the unit's list and the activity page's panel", async () => {
    const { activity, lead } = await reportedActivity();
    const row = (await listPublicUnitActivities(lead.id)).find((entry) => entry.id === activity.id)!;
    expect(activityCounts({ ...row, capacity: null, joinedUnits: 0, joinedHeadcount: 0 })).toMatchObject({
      kind: "reported",
      units: 3,
      people: 50,
    });
    const panel = await getParticipationPanel(activity.id, null);
    expect(panel?.counts).toEqual({ kind: "reported", units: 3, people: 50 });
  });

  it("are withheld while the report is returned for a fix, and are sign-ups before any report", async () => {
    const { activity } = await reportedActivity("NEEDS_FIX");
    expect((await getParticipationPanel(activity.id, null))?.counts).toEqual({ kind: "revising" });
    const lead = await createUnit();
    const running = await createLedActivity(lead.id, "OPEN");
    await joinUnit(running.id, (await createUnit()).id);
    expect((await getParticipationPanel(running.id, null))?.counts).toEqual({
      kind: "signUps",
      units: 1,
      people: 5,
      capacity: null,
    });
  });
});
