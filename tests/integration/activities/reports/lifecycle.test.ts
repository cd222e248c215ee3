// Running an activity: CLOSED → DONE on or after its date, and cancelling with a reason.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { cancelActivity } from "@/lib/activities/lifecycle/cancel-activity";
import { markHeld } from "@/lib/activities/reports/mark-held";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { asActor, createLedActivity, joinUnit } from "@/tests/factories/reports";

let lead: Awaited<ReturnType<typeof createUnit>>;
let leadUser: ReturnType<typeof asActor>;

beforeEach(async () => {
  lead = await createUnit();
  leadUser = asActor(await createSecretary(lead.id));
});

const afterDate = new Date("2026-03-10T02:00:00Z"); // 10:00 Beijing time on the planned day
const dayBefore = new Date("2026-03-09T15:00:00Z"); // 23:00 Beijing time the day before

describe("marking an activity as held", () => {
  it("moves a CLOSED activity to DONE on its planned date and records it", async () => {
    const activity = await createLedActivity(lead.id, "CLOSED");
    await markHeld(leadUser, { activityId: activity.id, version: activity.version }, afterDate);
    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after.status).toBe("DONE");
    expect(after.version).toBe(activity.version + 1);
    expect(
      await db.auditLog.count({ where: { action: "activity.markHeld", entityId: String(activity.id) } }),
    ).toBe(1);
  });

  it("refuses before the planned date (Beijing calendar day)", async () => {
    const activity = await createLedActivity(lead.id, "CLOSED");
    await expect(
      markHeld(leadUser, { activityId: activity.id, version: 0 }, dayBefore),
    ).rejects.toMatchObject({
      key: "activities.reports.tooEarly",
    });
  });

  it("refuses an undated activity before its planned month", async () => {
    const activity = await createLedActivity(lead.id, "CLOSED", { plannedDate: null, plannedMonth: 4 });
    await expect(
      markHeld(leadUser, { activityId: activity.id, version: 0 }, afterDate),
    ).rejects.toMatchObject({
      key: "activities.reports.tooEarly",
    });
  });

  it("moves an activity still open for sign-up to DONE too: holding it ends sign-up", async () => {
    const open = await createLedActivity(lead.id, "OPEN");
    await markHeld(leadUser, { activityId: open.id, version: open.version }, afterDate);
    expect((await db.activity.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("DONE");
  });

  it("refuses an activity whose sign-up never opened, and a stale version", async () => {
    const claimed = await createLedActivity(lead.id, "CLAIMED");
    await expect(markHeld(leadUser, { activityId: claimed.id, version: 0 }, afterDate)).rejects.toMatchObject(
      { key: "activities.reports.notClosed" },
    );
    const closed = await createLedActivity(lead.id, "CLOSED");
    await expect(markHeld(leadUser, { activityId: closed.id, version: 7 }, afterDate)).rejects.toMatchObject({
      key: "core.errors.staleVersion",
    });
  });

  it("refuses another unit's secretary and an admin", async () => {
    const activity = await createLedActivity(lead.id, "CLOSED");
    const other = asActor(await createSecretary((await createUnit()).id));
    const admin = asActor(await createAdmin());
    for (const actor of [other, admin]) {
      await expect(markHeld(actor, { activityId: activity.id, version: 0 }, afterDate)).rejects.toMatchObject(
        {
          key: "core.errors.forbidden",
        },
      );
    }
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe("CLOSED");
  });
});

describe("cancelling an activity", () => {
  it("sets CANCELLED with the reason and notifies joined and waitlisted units, not withdrawn ones", async () => {
    const activity = await createLedActivity(lead.id, "OPEN");
    const joined = await createUnit();
    const waiting = await createUnit();
    const gone = await createUnit();
    const joinedUser = await createSecretary(joined.id);
    const waitingUser = await createSecretary(waiting.id);
    const goneUser = await createSecretary(gone.id);
    await joinUnit(activity.id, joined.id);
    await joinUnit(activity.id, waiting.id, "WAITLISTED");
    await db.participation.create({
      data: {
        activityId: activity.id,
        unitId: gone.id,
        headcount: 2,
        status: "WITHDRAWN",
        withdrawnAt: new Date(),
      },
    });
    await cancelActivity(leadUser, { activityId: activity.id, version: 0, reason: "暴雨预警" });

    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after).toMatchObject({ status: "CANCELLED", cancelReason: "暴雨预警" });
    const notified = await db.notification.findMany({
      where: { activityId: activity.id, kind: "ACTIVITY_CANCELLED" },
      select: { userId: true, values: true },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual([joinedUser.id, waitingUser.id].sort());
    expect(notified.map((n) => n.userId)).not.toContain(goneUser.id);
    expect(notified[0]!.values).toMatchObject({ title: activity.title, reason: "暴雨预警" });
  });

  it("lets an admin cancel, but not another unit", async () => {
    const activity = await createLedActivity(lead.id, "CLAIMED");
    const other = asActor(await createSecretary((await createUnit()).id));
    await expect(
      cancelActivity(other, { activityId: activity.id, version: 0, reason: "x" }),
    ).rejects.toMatchObject({
      key: "core.errors.forbidden",
    });
    await cancelActivity(asActor(await createAdmin()), {
      activityId: activity.id,
      version: 0,
      reason: "改期",
    });
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe("CANCELLED");
  });

  it("refuses to cancel an activity that was held or reported", async () => {
    for (const status of ["DONE", "REPORTED"] as const) {
      const activity = await createLedActivity(lead.id, status);
      await expect(
        cancelActivity(leadUser, { activityId: activity.id, version: 0, reason: "不办了" }),
      ).rejects.toMatchObject({ key: "activities.reports.notCancellable" });
    }
    // One cancellation rule for the lead and the admin: a second one is told it already happened.
    const cancelled = await createLedActivity(lead.id, "CANCELLED");
    await expect(
      cancelActivity(leadUser, { activityId: cancelled.id, version: 0, reason: "不办了" }),
    ).rejects.toMatchObject({ key: "activities.admin.alreadyCancelled" });
  });

  it("refuses a stale form and lets an admin cancel further back than the lead", async () => {
    const claimed = await createLedActivity(lead.id, "CLAIMED");
    await expect(
      cancelActivity(leadUser, { activityId: claimed.id, version: 1, reason: "旧表单" }),
    ).rejects.toMatchObject({ key: "core.errors.staleVersion" });
    const held = await createLedActivity(lead.id, "DONE");
    await cancelActivity(asActor(await createAdmin()), { activityId: held.id, version: 0, reason: "撤销" });
    expect((await db.activity.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("CANCELLED");
  });
});
