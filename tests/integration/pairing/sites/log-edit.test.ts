// Editing and deleting visits of the service log: versions, report-written entries, deletion.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { deleteLogEntry, updateLogEntry } from "@/lib/pairing/sites/actions";
import { addDays, beijingDate } from "@/lib/core/time/beijing";
import { createAdmin, createUnit } from "@/tests/factories";
import { createLedActivity } from "@/tests/factories/reports";
import { createLogEntry, createServiceSite, entryFields } from "@/tests/factories/sites";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function asAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

describe("editing and deleting a visit", () => {
  it("saves an edit from the current version, replacing units and results", async () => {
    const admin = await asAdmin();
    const [before, after] = [await createUnit(), await createUnit()];
    const site = await createServiceSite();
    const entry = await createLogEntry(site.id, admin.id, {
      units: [before.id],
      results: [["养护", 1, "次"]],
    });
    const state = await updateLogEntry(
      initialFormState,
      formData(
        entryFields(site.id, {
          entryId: entry.id,
          version: entry.updatedAt.toISOString(),
          volunteers: "20",
          unitIds: [String(after.id)],
          result_0_label: "补植",
          result_0_value: "12",
          result_0_unit: "棵",
        }),
      ),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const saved = await db.serviceLogEntry.findUniqueOrThrow({
      where: { id: entry.id },
      include: { units: true, results: true },
    });
    expect(saved.volunteers).toBe(20);
    expect(saved.units.map((row) => row.unitId)).toEqual([after.id]);
    expect(saved.results.map((row) => [row.label, Number(row.value), row.unit])).toEqual([
      ["补植", 12, "棵"],
    ]);
    expect(
      await db.auditLog.count({ where: { action: "serviceLog.update", entityId: String(entry.id) } }),
    ).toBe(1);
  });

  it("refuses a stale edit and keeps the newer one", async () => {
    const admin = await asAdmin();
    const site = await createServiceSite();
    const entry = await createLogEntry(site.id, admin.id);
    const version = entry.updatedAt.toISOString();
    const edit = (volunteers: string) =>
      updateLogEntry(
        initialFormState,
        formData(entryFields(site.id, { entryId: entry.id, version, volunteers })),
      );
    expect((await edit("30")).ok).toBe(true);
    const stale = await edit("40");
    expect(stale.message?.key).toBe("core.errors.staleVersion");
    expect((await db.serviceLogEntry.findUniqueOrThrow({ where: { id: entry.id } })).volunteers).toBe(30);
  });

  it("refuses editing an entry an activity's report wrote (the report keeps it in step)", async () => {
    const admin = await asAdmin();
    const lead = await createUnit();
    const activity = await createLedActivity(lead.id, "REPORTED");
    const site = await createServiceSite();
    const entry = await createLogEntry(site.id, admin.id, { activityId: activity.id });
    const state = await updateLogEntry(
      initialFormState,
      formData(
        entryFields(site.id, { entryId: entry.id, version: entry.updatedAt.toISOString(), volunteers: "1" }),
      ),
    );
    expect(state.message?.key).toBe("pairing.sites.errors.entryFromReport");
    expect((await db.serviceLogEntry.findUniqueOrThrow({ where: { id: entry.id } })).volunteers).toBe(10);
  });

  it("refuses an edit dated in the future", async () => {
    const admin = await asAdmin();
    const site = await createServiceSite();
    const entry = await createLogEntry(site.id, admin.id);
    const state = await updateLogEntry(
      initialFormState,
      formData(
        entryFields(site.id, {
          entryId: entry.id,
          version: entry.updatedAt.toISOString(),
          servedOn: addDays(beijingDate(), 2),
        }),
      ),
    );
    expect(state.fieldErrors?.servedOn?.[0]?.key).toBe("pairing.sites.errors.servedInFuture");
  });

  it("deletes a visit with its units and results, audited; an entry of another site is not found", async () => {
    const admin = await asAdmin();
    const unit = await createUnit();
    const site = await createServiceSite();
    const other = await createServiceSite();
    const entry = await createLogEntry(site.id, admin.id, { units: [unit.id], results: [["养护", 1, "次"]] });
    const wrongSite = await deleteLogEntry(
      initialFormState,
      formData({ siteId: other.id, entryId: entry.id }),
    );
    expect(wrongSite.message?.key).toBe("pairing.sites.errors.entryNotFound");
    const state = await deleteLogEntry(initialFormState, formData({ siteId: site.id, entryId: entry.id }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(await db.serviceLogEntry.count({ where: { id: entry.id } })).toBe(0);
    expect(await db.serviceLogResult.count({ where: { entryId: entry.id } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { action: "serviceLog.delete", entityId: String(entry.id) } }),
    ).toBe(1);
  });
});
