import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { joinActivity as joinAction } from "@/lib/activities/participation/actions";
import { joinActivity } from "@/lib/activities/participation/join-activity";
import { withdrawParticipation } from "@/lib/activities/participation/withdraw-participation";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createPlanActivity } from "@/tests/factories/notifications";
import { createMember, createOpenActivity } from "@/tests/factories/participation";
import { actAs, formData } from "@/tests/integration/helpers/session";

const year = 2034;

async function rows(activityId: number) {
  return db.participation.findMany({ where: { activityId }, orderBy: { id: "asc" } });
}

describe("joinActivity", () => {
  it("signs the unit up, tells the lead and writes an audit record", async () => {
    const lead = await createMember();
    const activity = await createOpenActivity(year, lead.unit.id, 50);
    const guest = await createMember();
    actAs(guest.user);
    const state = await joinAction(initialFormState, formData({ activityId: activity.id, headcount: 12 }));
    expect(state).toMatchObject({ ok: true, message: { key: "activities.participation.joined" } });
    expect(await rows(activity.id)).toMatchObject([
      { unitId: guest.unit.id, headcount: 12, status: "JOINED" },
    ]);
    const note = await db.notification.findFirstOrThrow({ where: { userId: lead.user.id } });
    expect(note).toMatchObject({ kind: "ACTIVITY_JOINED", values: { unit: guest.unit.name, headcount: 12 } });
    expect(await db.auditLog.count({ where: { action: "participation.join", unitId: guest.unit.id } })).toBe(
      1,
    );
  });

  it.each([["0"], ["-1"], ["1000000000"], ["2.5"], ["many"]])(
    "refuses a headcount of %s next to the field and writes nothing",
    async (headcount) => {
      const lead = await createMember();
      const activity = await createOpenActivity(year, lead.unit.id);
      actAs((await createMember()).user);
      const state = await joinAction(initialFormState, formData({ activityId: activity.id, headcount }));
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.headcount?.[0]?.key).toMatch(/^activities\.participation\.headcount/);
      expect(await rows(activity.id)).toEqual([]);
    },
  );

  it("refuses joining one's own activity, joining twice and joining when sign-up is not open", async () => {
    const lead = await createMember();
    const activity = await createOpenActivity(year, lead.unit.id);
    const guest = await createMember();
    await expect(joinActivity(lead.actor, activity.id, 5)).rejects.toMatchObject({
      key: "activities.participation.ownActivity",
    });
    await joinActivity(guest.actor, activity.id, 5);
    await expect(joinActivity(guest.actor, activity.id, 5)).rejects.toMatchObject({
      key: "activities.participation.alreadyJoined",
    });
    const claimed = await createPlanActivity(year, { leadUnitId: lead.unit.id });
    await expect(joinActivity(guest.actor, claimed.id, 5)).rejects.toMatchObject({
      key: "activities.participation.signUpNotOpen",
    });
    expect(await rows(activity.id)).toHaveLength(1);
  });

  it("lets the same unit join twice at once only once (the unique index backs the check)", async () => {
    const lead = await createMember();
    const activity = await createOpenActivity(year, lead.unit.id);
    const guest = await createMember();
    const results = await Promise.allSettled([1, 2, 3].map(() => joinActivity(guest.actor, activity.id, 3)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await rows(activity.id)).toHaveLength(1);
  });

  it("puts a unit that does not fit on the waitlist and tells it its position", async () => {
    const lead = await createMember();
    const activity = await createOpenActivity(year, lead.unit.id, 10);
    await joinActivity((await createMember()).actor, activity.id, 8);
    const late = await createMember();
    actAs(late.user);
    const state = await joinAction(initialFormState, formData({ activityId: activity.id, headcount: 5 }));
    expect(state).toMatchObject({
      ok: true,
      message: { key: "activities.participation.waitlisted", values: { position: 1 } },
    });
    // A later unit that would fit still queues behind the waiting one: the waitlist is never overtaken.
    const small = await joinActivity((await createMember()).actor, activity.id, 1);
    expect(small).toMatchObject({ status: "WAITLISTED", position: 2 });
  });

  it("never goes over capacity with 30 concurrent joins, and keeps the waitlist in arrival order", async () => {
    const lead = await createMember();
    const activity = await createOpenActivity(year, lead.unit.id, 40);
    await joinActivity((await createMember()).actor, activity.id, 30); // nearly full: 10 places left
    const members = await Promise.all(Array.from({ length: 30 }, () => createMember()));
    const results = await Promise.all(members.map((m, i) => joinActivity(m.actor, activity.id, 1 + (i % 4))));
    const all = await rows(activity.id);
    const joined = all.filter((r) => r.status === "JOINED");
    const waiting = all.filter((r) => r.status === "WAITLISTED");
    expect(all).toHaveLength(31);
    expect(joined.reduce((sum, r) => sum + r.headcount, 0)).toBeLessThanOrEqual(40);
    expect(waiting.length).toBeGreaterThan(0);
    // Positions told to the waitlisted units are 1..n in the order their rows were written.
    const told = new Map(members.map((m, i) => [m.unit.id, results[i]]));
    expect(waiting.map((r) => told.get(r.unitId)?.position)).toEqual(waiting.map((_, i) => i + 1));
    // Once anyone waited, nobody who came later got in directly.
    const firstWaiting = waiting[0]!.id;
    expect(joined.filter((r) => r.id > firstWaiting)).toEqual([]);
  });
});

describe("withdrawParticipation", () => {
  it("withdraws, tells the lead and promotes the waitlist strictly in order while it fits", async () => {
    const lead = await createMember();
    const activity = await createOpenActivity(year, lead.unit.id, 10);
    const big = await createMember();
    await joinActivity(big.actor, activity.id, 8);
    const [w1, w2, w3] = [await createMember(), await createMember(), await createMember()];
    await joinActivity(w1.actor, activity.id, 4);
    await joinActivity(w2.actor, activity.id, 9);
    await joinActivity(w3.actor, activity.id, 1);

    const { promoted } = await withdrawParticipation(big.actor, activity.id);
    // w1 (4) fits, w2 (9) would not fit beside it: promotion stops there, w3 is not let past.
    expect(promoted).toEqual([w1.unit.id]);
    const byUnit = new Map((await rows(activity.id)).map((r) => [r.unitId, r]));
    expect(byUnit.get(big.unit.id)).toMatchObject({ status: "WITHDRAWN" });
    expect(byUnit.get(big.unit.id)?.withdrawnAt).toBeInstanceOf(Date);
    expect(byUnit.get(w1.unit.id)?.status).toBe("JOINED");
    expect(byUnit.get(w2.unit.id)?.status).toBe("WAITLISTED");
    expect(byUnit.get(w3.unit.id)?.status).toBe("WAITLISTED");
    expect(await db.notification.count({ where: { userId: w1.user.id, kind: "WAITLIST_PROMOTED" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: lead.user.id, kind: "ACTIVITY_WITHDRAWN" } })).toBe(
      1,
    );

    // The unit may sign up again after withdrawing (a new live row).
    await joinActivity(big.actor, activity.id, 2);
    expect((await rows(activity.id)).filter((r) => r.unitId === big.unit.id)).toHaveLength(2);
  });

  it("refuses withdrawing without a sign-up or after sign-up closed", async () => {
    const lead = await createMember();
    const activity = await createOpenActivity(year, lead.unit.id);
    const guest = await createMember();
    await expect(withdrawParticipation(guest.actor, activity.id)).rejects.toMatchObject({
      key: "activities.participation.notJoined",
    });
    await joinActivity(guest.actor, activity.id, 3);
    await db.activity.update({ where: { id: activity.id }, data: { status: "CLOSED" } });
    await expect(withdrawParticipation(guest.actor, activity.id)).rejects.toMatchObject({
      key: "activities.participation.signUpNotOpen",
    });
    expect((await rows(activity.id))[0]?.status).toBe("JOINED");
  });
});
