import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { releaseActivity as releaseAction } from "@/lib/activities/participation/actions";
import { changeSignUp } from "@/lib/activities/participation/change-sign-up";
import { claimActivity } from "@/lib/activities/participation/claim-activity";
import { joinActivity } from "@/lib/activities/participation/join-activity";
import { releaseActivity } from "@/lib/activities/participation/release-activity";
import { withdrawParticipation } from "@/lib/activities/participation/withdraw-participation";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createMember, createUnclaimedActivity, setReleaseDeadline } from "@/tests/factories/participation";
import { actAs, formData } from "@/tests/integration/helpers/session";

const year = 2035;

async function claimedBy() {
  const lead = await createMember();
  const activity = await createUnclaimedActivity(year);
  await claimActivity(lead.actor, activity.id);
  return { lead, activity };
}

const statusOf = async (id: number) => (await db.activity.findUniqueOrThrow({ where: { id } })).status;

describe("sign-up switches", () => {
  it("open, close and reopen step the status one at a time, for the lead only", async () => {
    const { lead, activity } = await claimedBy();
    const other = await createMember();
    await expect(changeSignUp(other.actor, activity.id, "open")).rejects.toMatchObject({
      key: "core.errors.forbidden",
    });
    await expect(changeSignUp(lead.actor, activity.id, "close")).rejects.toMatchObject({
      key: "activities.participation.wrongStatus",
    });
    await changeSignUp(lead.actor, activity.id, "open");
    expect(await statusOf(activity.id)).toBe("OPEN");
    await changeSignUp(lead.actor, activity.id, "close");
    expect(await statusOf(activity.id)).toBe("CLOSED");
    await changeSignUp(lead.actor, activity.id, "reopen");
    expect(await statusOf(activity.id)).toBe("OPEN");
    expect(
      await db.auditLog.count({ where: { entityId: String(activity.id), action: { endsWith: "SignUp" } } }),
    ).toBe(3);
  });

  it("lets only one of two simultaneous 'open' clicks change anything", async () => {
    const { lead, activity } = await claimedBy();
    const results = await Promise.allSettled([1, 2].map(() => changeSignUp(lead.actor, activity.id, "open")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.auditLog.count({ where: { entityId: String(activity.id), action: "activity.openSignUp" } }),
    ).toBe(1);
  });
});

describe("releaseActivity", () => {
  it("gives a claimed activity back to the list with its reason in the audit log", async () => {
    const { lead, activity } = await claimedBy();
    actAs(lead.user);
    const state = await releaseAction(
      initialFormState,
      formData({ activityId: activity.id, reason: "人手不足" }),
    );
    expect(state).toMatchObject({
      ok: true,
      message: { key: "activities.participation.released" },
      data: { released: true },
    });
    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after).toMatchObject({ leadUnitId: null, status: "PLANNED", claimedAt: null });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "activity.release", entityId: String(activity.id) },
    });
    expect(audit.after).toMatchObject({ reason: "人手不足" });
    // The unit may claim again (its lead count is back to zero).
    await claimActivity(lead.actor, activity.id);
  });

  it("requires a reason and is refused to anyone but the lead", async () => {
    const { lead, activity } = await claimedBy();
    actAs(lead.user);
    const blank = await releaseAction(initialFormState, formData({ activityId: activity.id, reason: "  " }));
    expect(blank.fieldErrors?.reason).toEqual([{ key: "core.validation.required" }]);
    const other = await createMember();
    await expect(releaseActivity(other.actor, activity.id, "抢")).rejects.toMatchObject({
      key: "core.errors.forbidden",
    });
    expect(await statusOf(activity.id)).toBe("CLAIMED");
  });

  it("without a deadline, is allowed only until sign-up opens", async () => {
    const { lead, activity } = await claimedBy();
    await changeSignUp(lead.actor, activity.id, "open");
    await expect(releaseActivity(lead.actor, activity.id, "x")).rejects.toMatchObject({
      key: "activities.participation.releaseTooLate",
    });
  });

  it("with a deadline, is allowed while open up to that day, refused after it and while units are signed up", async () => {
    const { lead, activity } = await claimedBy();
    await setReleaseDeadline(year, `${year}-06-30`);
    await changeSignUp(lead.actor, activity.id, "open");
    const guest = await createMember();
    await joinActivity(guest.actor, activity.id, 4);
    await expect(
      releaseActivity(lead.actor, activity.id, "x", new Date(`${year}-06-01T00:00:00Z`)),
    ).rejects.toMatchObject({ key: "activities.participation.releaseHasParticipants", values: { count: 1 } });
    await expect(
      // 1 July 00:30 Beijing time is still 30 June in UTC: the deadline is the Beijing calendar day.
      releaseActivity(lead.actor, activity.id, "x", new Date(`${year}-06-30T16:30:00Z`)),
    ).rejects.toMatchObject({
      key: "activities.participation.releaseDeadlinePassed",
      values: { date: `${year}-06-30` },
    });
    expect(await statusOf(activity.id)).toBe("OPEN");
    await withdrawParticipation(guest.actor, activity.id);
    await releaseActivity(lead.actor, activity.id, "x", new Date(`${year}-06-30T10:00:00Z`));
    expect(await statusOf(activity.id)).toBe("PLANNED");
    await setReleaseDeadline(year, null);
  });
});
