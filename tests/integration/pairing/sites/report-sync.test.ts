// An activity held at a service site: the admin's activity form sets the site, and the lead's
// report writes (and on resubmission updates, never duplicates) the site's log entry by itself.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createActivity, updateActivity } from "@/lib/activities/admin/actions";
import { reportSchema } from "@/lib/activities/reports/schemas";
import { submitReport } from "@/lib/activities/reports/submit-report";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { activityFields, createPlan, createPlanActivity } from "@/tests/factories/plan-admin";
import { asActor, createLedActivity, joinUnit } from "@/tests/factories/reports";
import { createServiceSite } from "@/tests/factories/sites";
import { actAs, formData } from "@/tests/integration/helpers/session";

const now = new Date("2026-06-01T04:00:00Z");

async function heldAtSite({ withSite = true } = {}) {
  const lead = await createUnit();
  const joined = await createUnit();
  const absent = await createUnit();
  const leadUser = asActor(await createSecretary(lead.id));
  const site = await createServiceSite({ units: [lead.id] });
  const activity = await createLedActivity(lead.id, "DONE");
  await joinUnit(activity.id, joined.id);
  await joinUnit(activity.id, absent.id);
  if (withSite) await db.activity.update({ where: { id: activity.id }, data: { serviceSiteId: site.id } });
  return { lead, joined, absent, leadUser, site, activity };
}

function report(world: Awaited<ReturnType<typeof heldAtSite>>, fields: Record<string, string> = {}) {
  return reportSchema.parse({
    activityId: String(world.activity.id),
    actualDate: "2026-03-10",
    volunteerCount: "105",
    serviceHours: "420",
    summary: "百余名青年志愿者种下桂花、樱花树苗。",
    [`participant_${world.lead.id}`]: "38",
    [`participant_${world.joined.id}`]: "22",
    [`participant_${world.absent.id}`]: "0",
    result_0_label: "植树",
    result_0_value: "200",
    result_0_unit: "棵",
    ...fields,
  });
}

const entryOf = (activityId: number) =>
  db.serviceLogEntry.findUnique({
    where: { activityId },
    include: { units: { orderBy: { unitId: "asc" } }, results: { orderBy: { position: "asc" } } },
  });

describe("a report of an activity held at a service site", () => {
  it("adds the site's log entry from the report: date, numbers, summary, participating units and results", async () => {
    const world = await heldAtSite();
    await submitReport(world.leadUser, report(world), now);
    const entry = await entryOf(world.activity.id);
    expect(entry).toMatchObject({
      siteId: world.site.id,
      volunteers: 105,
      summary: "百余名青年志愿者种下桂花、樱花树苗。",
      recordedById: world.leadUser.id,
    });
    expect(entry?.servedOn.toISOString().slice(0, 10)).toBe("2026-03-10");
    expect(entry?.hours.toString()).toBe("420");
    // Units with nobody there (count 0) did not take part in the visit.
    expect(entry?.units.map((row) => row.unitId)).toEqual(
      [world.lead.id, world.joined.id].sort((a, b) => a - b),
    );
    expect(entry?.results.map((row) => [row.label, Number(row.value), row.unit])).toEqual([
      ["植树", 200, "棵"],
    ]);
    expect(
      await db.auditLog.count({ where: { action: "serviceLog.syncAdd", entityId: String(entry?.id) } }),
    ).toBe(1);
  });

  it("keeps the one entry in step when a returned report is resubmitted (updated, not duplicated)", async () => {
    const world = await heldAtSite();
    await submitReport(world.leadUser, report(world), now);
    const first = await entryOf(world.activity.id);
    const filed = await db.activityReport.update({
      where: { activityId: world.activity.id },
      data: { status: "NEEDS_FIX", fixRequest: "人数有误" },
    });
    await submitReport(
      world.leadUser,
      report(world, {
        reportVersion: String(filed.version),
        actualDate: "2026-03-11",
        volunteerCount: "98",
        serviceHours: "392.5",
        [`participant_${world.joined.id}`]: "0",
        result_0_value: "210",
        result_1_label: "养护",
        result_1_value: "1",
        result_1_unit: "次",
      }),
      now,
    );
    expect(await db.serviceLogEntry.count({ where: { activityId: world.activity.id } })).toBe(1);
    const entry = await entryOf(world.activity.id);
    expect(entry?.id).toBe(first?.id);
    expect(entry).toMatchObject({ volunteers: 98 });
    expect(entry?.hours.toString()).toBe("392.5");
    expect(entry?.servedOn.toISOString().slice(0, 10)).toBe("2026-03-11");
    expect(entry?.units.map((row) => row.unitId)).toEqual([world.lead.id]);
    expect(entry?.results.map((row) => [row.label, Number(row.value), row.unit])).toEqual([
      ["植树", 210, "棵"],
      ["养护", 1, "次"],
    ]);
    expect(
      await db.auditLog.count({ where: { action: "serviceLog.syncUpdate", entityId: String(entry?.id) } }),
    ).toBe(1);
  });

  it("writes no entry for an activity that is not held at a site", async () => {
    const world = await heldAtSite({ withSite: false });
    await submitReport(world.leadUser, report(world), now);
    expect(await db.activityReport.count({ where: { activityId: world.activity.id } })).toBe(1);
    expect(await db.serviceLogEntry.count({ where: { siteId: world.site.id } })).toBe(0);
  });

  it("writes no entry when the report itself is refused (nothing half-written)", async () => {
    const world = await heldAtSite();
    await expect(
      submitReport(world.leadUser, report(world, { actualDate: "2026-06-05" }), now),
    ).rejects.toMatchObject({
      key: "activities.reports.dateInFuture",
    });
    expect(await db.serviceLogEntry.count({ where: { siteId: world.site.id } })).toBe(0);
  });

  it("shortens a report summary longer than the log holds", async () => {
    const world = await heldAtSite();
    await submitReport(world.leadUser, report(world, { summary: "种".repeat(1500) }), now);
    const entry = await entryOf(world.activity.id);
    expect(entry?.summary).toHaveLength(1000);
    expect(entry?.summary.endsWith("…")).toBe(true);
  });
});

describe("the activity form's service site", () => {
  it("sets and clears the site an activity is held at", async () => {
    actAs(await createAdmin());
    await createPlan(2071, "DRAFT");
    const site = await createServiceSite();
    const activity = await createPlanActivity(2071);
    const edit = (serviceSiteId: string, version: number) =>
      updateActivity(
        initialFormState,
        formData(activityFields({ id: String(activity.id), version: String(version), serviceSiteId })),
      );
    expect((await edit(String(site.id), 0)).ok).toBe(true);
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).serviceSiteId).toBe(site.id);
    expect((await edit("", 1)).ok).toBe(true);
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).serviceSiteId).toBeNull();
  });

  it("creates an activity at a site, and refuses a site that does not exist next to its field", async () => {
    actAs(await createAdmin());
    await createPlan(2071, "DRAFT");
    const site = await createServiceSite();
    const created = await createActivity(
      initialFormState,
      formData(activityFields({ year: "2071", serviceSiteId: String(site.id) })),
    );
    expect(created.ok, JSON.stringify(created)).toBe(true);
    expect(
      (await db.activity.findUniqueOrThrow({ where: { id: Number(created.data?.id) } })).serviceSiteId,
    ).toBe(site.id);
    const before = await db.activity.count({ where: { year: 2071 } });
    const refused = await createActivity(
      initialFormState,
      formData(activityFields({ year: "2071", serviceSiteId: "999999" })),
    );
    expect(refused.fieldErrors?.serviceSiteId?.[0]?.key).toBe("activities.admin.serviceSiteNotFound");
    expect(await db.activity.count({ where: { year: 2071 } })).toBe(before);
  });
});
