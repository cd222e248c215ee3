// The units serving a site: adding (with its since date) and removing, each audited.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addSiteUnit, removeSiteUnit } from "@/lib/pairing/sites/actions";
import { createAdmin, createUnit } from "@/tests/factories";
import { createLogEntry, createServiceSite } from "@/tests/factories/sites";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function asAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

describe("units serving a site", () => {
  it("adds a unit with the date it started serving, audited", async () => {
    const admin = await asAdmin();
    const site = await createServiceSite();
    const unit = await createUnit();
    const state = await addSiteUnit(
      initialFormState,
      formData({ siteId: site.id, unitId: unit.id, since: "2023-03-10" }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const row = await db.serviceSiteUnit.findUniqueOrThrow({
      where: { siteId_unitId: { siteId: site.id, unitId: unit.id } },
    });
    expect(row.since.toISOString().slice(0, 10)).toBe("2023-03-10");
    const audit = await db.auditLog.findFirst({
      where: { action: "site.addUnit", entityId: String(site.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id, unitId: unit.id });
  });

  it("refuses a unit that already serves the site, keeping one row", async () => {
    await asAdmin();
    const unit = await createUnit();
    const site = await createServiceSite({ units: [unit.id] });
    const state = await addSiteUnit(
      initialFormState,
      formData({ siteId: site.id, unitId: unit.id, since: "2024-01-01" }),
    );
    expect(state.fieldErrors?.unitId?.[0]?.key).toBe("pairing.sites.errors.unitAlreadyServes");
    expect(await db.serviceSiteUnit.count({ where: { siteId: site.id } })).toBe(1);
  });

  it("refuses a unit that does not exist and a bad date", async () => {
    await asAdmin();
    const site = await createServiceSite();
    const unknown = await addSiteUnit(
      initialFormState,
      formData({ siteId: site.id, unitId: 999_999, since: "2023-03-10" }),
    );
    expect(unknown.fieldErrors?.unitId?.[0]?.key).toBe("pairing.sites.errors.unitNotFound");
    const unit = await createUnit();
    const badDate = await addSiteUnit(
      initialFormState,
      formData({ siteId: site.id, unitId: unit.id, since: "2023-02-30" }),
    );
    expect(badDate.fieldErrors?.since?.[0]?.key).toBe("core.validation.date");
    expect(await db.serviceSiteUnit.count({ where: { siteId: site.id } })).toBe(0);
  });

  it("removes a unit, audited, and keeps the visits it took part in", async () => {
    const admin = await asAdmin();
    const unit = await createUnit();
    const site = await createServiceSite({ units: [unit.id] });
    const entry = await createLogEntry(site.id, admin.id, { units: [unit.id] });
    const state = await removeSiteUnit(initialFormState, formData({ siteId: site.id, unitId: unit.id }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(await db.serviceSiteUnit.count({ where: { siteId: site.id } })).toBe(0);
    expect(await db.serviceLogUnit.count({ where: { entryId: entry.id, unitId: unit.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "site.removeUnit", entityId: String(site.id) } })).toBe(
      1,
    );
  });

  it("says so when removing a unit that does not serve the site", async () => {
    await asAdmin();
    const site = await createServiceSite();
    const unit = await createUnit();
    const state = await removeSiteUnit(initialFormState, formData({ siteId: site.id, unitId: unit.id }));
    expect(state.message?.key).toBe("pairing.sites.errors.unitNotServing");
  });
});
