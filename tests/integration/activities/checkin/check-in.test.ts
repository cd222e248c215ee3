// Checking in with the rotating code: valid codes, expired and foreign codes, who may check in.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { checkIn } from "@/lib/activities/checkin/check-in";
import { checkinCodeFor } from "@/lib/activities/checkin/code";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { asActor, createLedActivity, joinUnit } from "@/tests/factories/reports";

const now = new Date("2026-03-10T02:00:30Z");
const minute = 60_000;
let lead: { id: number };
let leadUser: ReturnType<typeof asActor>;

beforeEach(async () => {
  lead = await createUnit();
  leadUser = asActor(await createSecretary(lead.id));
});

describe("checking in", () => {
  it("records the lead's own check-in with the current code, once", async () => {
    const activity = await createLedActivity(lead.id, "CLOSED");
    await checkIn(
      leadUser,
      { activityId: activity.id, code: checkinCodeFor(activity.id, now.getTime()) },
      now,
    );
    const rows = await db.checkIn.findMany({ where: { activityId: activity.id } });
    expect(rows).toMatchObject([{ userId: leadUser.id, unitId: lead.id }]);
    await expect(
      checkIn(leadUser, { activityId: activity.id, code: checkinCodeFor(activity.id, now.getTime()) }, now),
    ).rejects.toMatchObject({ key: "activities.checkin.alreadyCheckedIn" });
    expect(await db.checkIn.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("accepts the previous minute's code (typed in lower case), refuses an older one", async () => {
    const activity = await createLedActivity(lead.id, "OPEN");
    const previous = checkinCodeFor(activity.id, now.getTime() - minute);
    await checkIn(leadUser, { activityId: activity.id, code: previous.toLowerCase() }, now);
    const other = asActor(await createSecretary(lead.id, { unitRole: "DEPUTY" }));
    const old = checkinCodeFor(activity.id, now.getTime() - 2 * minute);
    await expect(checkIn(other, { activityId: activity.id, code: old }, now)).rejects.toMatchObject({
      key: "activities.checkin.codeExpired",
      field: "code",
    });
  });

  it("refuses another activity's code", async () => {
    const activity = await createLedActivity(lead.id, "OPEN");
    const elsewhere = await createLedActivity(lead.id, "OPEN");
    await expect(
      checkIn(leadUser, { activityId: activity.id, code: checkinCodeFor(elsewhere.id, now.getTime()) }, now),
    ).rejects.toMatchObject({ key: "activities.checkin.codeExpired" });
    expect(await db.checkIn.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it("admits joined units only: not waitlisted, not strangers, not admins", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    const code = checkinCodeFor(activity.id, now.getTime());
    const joined = await createUnit();
    const waiting = await createUnit();
    await joinUnit(activity.id, joined.id);
    await joinUnit(activity.id, waiting.id, "WAITLISTED");
    await checkIn(asActor(await createSecretary(joined.id)), { activityId: activity.id, code }, now);
    for (const unitId of [waiting.id, (await createUnit()).id]) {
      await expect(
        checkIn(asActor(await createSecretary(unitId)), { activityId: activity.id, code }, now),
      ).rejects.toMatchObject({ key: "activities.checkin.notParticipant" });
    }
    await expect(
      checkIn(asActor(await createAdmin()), { activityId: activity.id, code }, now),
    ).rejects.toMatchObject({
      key: "core.errors.forbidden",
    });
    expect(await db.checkIn.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("refuses check-ins before sign-up opens and after the report", async () => {
    for (const status of ["CLAIMED", "REPORTED", "CANCELLED"] as const) {
      const activity = await createLedActivity(lead.id, status);
      await expect(
        checkIn(leadUser, { activityId: activity.id, code: checkinCodeFor(activity.id, now.getTime()) }, now),
      ).rejects.toMatchObject({ key: "activities.checkin.checkInClosed" });
    }
  });

  it("ends two concurrent check-ins of one person with one row and one 'already checked in'", async () => {
    const activity = await createLedActivity(lead.id, "CLOSED");
    const code = checkinCodeFor(activity.id, now.getTime());
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => checkIn(leadUser, { activityId: activity.id, code }, now)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        key: "activities.checkin.alreadyCheckedIn",
      });
    }
    expect(await db.checkIn.count({ where: { activityId: activity.id } })).toBe(1);
  });
});
