// The claim and join mutations refuse by the same rule the activity page shows (unit-options.ts).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { claimActivity } from "@/lib/activities/participation/claim-activity";
import { joinActivity } from "@/lib/activities/participation/join-activity";
import { getParticipationPanel } from "@/lib/activities/participation/queries";
import { createMember, createOpenActivity, createUnclaimedActivity } from "@/tests/factories/participation";

const year = 2036;

describe("claim and join agree with the page's rule", () => {
  it("counts the unit's leads for the page as the claim does", async () => {
    const { actor } = await createMember();
    await claimActivity(actor, (await createUnclaimedActivity(year)).id);
    const other = await createUnclaimedActivity(year);
    expect((await getParticipationPanel(other.id, actor.unitId))?.leadsThisYear).toBe(1);
    await expect(claimActivity(actor, other.id)).rejects.toMatchObject({
      key: "activities.participation.leadLimit",
    });
  });

  it("refuses to claim an activity whose month is over", async () => {
    const { actor } = await createMember();
    const past = await createUnclaimedActivity(2020);
    await expect(claimActivity(actor, past.id)).rejects.toMatchObject({
      key: "activities.participation.pastActivity",
    });
    expect((await db.activity.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("PLANNED");
  });

  it("refuses to sign up for an activity whose day is over, even if sign-up was left open", async () => {
    const lead = await createMember();
    const guest = await createMember();
    const activity = await createOpenActivity(2020, lead.unit.id);
    await expect(joinActivity(guest.actor, activity.id, 5)).rejects.toMatchObject({
      key: "activities.participation.signUpClosed",
    });
    expect(await db.participation.count({ where: { activityId: activity.id } })).toBe(0);
  });
});
