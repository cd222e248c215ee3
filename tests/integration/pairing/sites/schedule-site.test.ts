// The lead's schedule form sets the service site its activity is held at (a site chosen now must
// be active); a form without the field leaves the admin's choice alone.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { scheduleActivity } from "@/lib/activities/schedule/schedule-activity";
import { scheduleActivitySchema } from "@/lib/activities/schedule/schemas";
import { createSecretary, createUnit } from "@/tests/factories";
import { createLedActivity } from "@/tests/factories/reports";
import { createServiceSite } from "@/tests/factories/sites";

const now = new Date("2026-03-01T02:00:00Z");
let lead: { id: number; unitId: number };

beforeEach(async () => {
  const unit = await createUnit();
  lead = { id: (await createSecretary(unit.id)).id, unitId: unit.id };
});

const input = (activityId: number, version: number, fields: Record<string, string> = {}) =>
  scheduleActivitySchema.parse({
    activityId,
    version,
    date: "2026-03-10",
    startTime: "14:00",
    endTime: "16:00",
    place: "南山街道润州青年公益林",
    ...fields,
  });

const siteOf = async (id: number) => (await db.activity.findUniqueOrThrow({ where: { id } })).serviceSiteId;

describe("the lead's schedule and the service site", () => {
  it("sets the site, then clears it with a blank choice", async () => {
    const site = await createServiceSite();
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    await scheduleActivity(lead, input(activity.id, 0, { serviceSiteId: String(site.id) }), now);
    expect(await siteOf(activity.id)).toBe(site.id);
    await scheduleActivity(lead, input(activity.id, 1, { serviceSiteId: "" }), now);
    expect(await siteOf(activity.id)).toBeNull();
  });

  it("leaves the admin's site alone when the form has no such field", async () => {
    const site = await createServiceSite();
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    await db.activity.update({ where: { id: activity.id }, data: { serviceSiteId: site.id } });
    await scheduleActivity(lead, input(activity.id, 0), now);
    expect(await siteOf(activity.id)).toBe(site.id);
  });

  it("refuses an inactive or unknown site next to its field, changing nothing", async () => {
    const inactive = await createServiceSite({ active: false });
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    for (const serviceSiteId of [String(inactive.id), "999999"]) {
      await expect(
        scheduleActivity(lead, input(activity.id, 0, { serviceSiteId }), now),
      ).rejects.toMatchObject({
        key: "activities.participation.schedule.serviceSiteNotFound",
        field: "serviceSiteId",
      });
    }
    expect(await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({
      serviceSiteId: null,
      version: 0,
    });
  });

  it("keeps a site that has since become inactive when the lead saves again", async () => {
    const site = await createServiceSite();
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    await db.activity.update({ where: { id: activity.id }, data: { serviceSiteId: site.id } });
    await db.serviceSite.update({ where: { id: site.id }, data: { active: false } });
    await scheduleActivity(lead, input(activity.id, 0, { serviceSiteId: String(site.id) }), now);
    expect(await siteOf(activity.id)).toBe(site.id);
  });
});
