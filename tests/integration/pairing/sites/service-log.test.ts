// The service log: adding a visit, with every rule of the form (editing: log-edit.test.ts).
import { describe, expect, it } from "vitest";
import type { AdminActor } from "@/lib/core/auth/policy";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addLogEntry } from "@/lib/pairing/sites/actions";
import { addLogEntry as addLogEntryMutation } from "@/lib/pairing/sites/save-log-entry";
import { addLogEntrySchema } from "@/lib/pairing/sites/schemas";
import { addDays, beijingDate } from "@/lib/core/time/beijing";
import { createAdmin, createUnit } from "@/tests/factories";
import { asActor } from "@/tests/factories/reports";
import { createServiceSite, entryFields } from "@/tests/factories/sites";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function asAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

const add = (fields: Parameters<typeof formData>[0]) => addLogEntry(initialFormState, formData(fields));

describe("adding a visit to the log", () => {
  it("saves the date, numbers, units and results, with an audit record", async () => {
    const admin = await asAdmin();
    const [post, mobile, once] = [await createUnit(), await createUnit(), await createUnit()];
    const site = await createServiceSite({ units: [post.id, mobile.id] });
    const state = await add(
      entryFields(site.id, {
        unitIds: [String(post.id), String(mobile.id)],
        extraUnitId: String(once.id),
        result_1_label: "植树",
        result_1_value: "30",
        result_1_unit: "棵",
      }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const entry = await db.serviceLogEntry.findUniqueOrThrow({
      where: { id: Number(state.data?.id) },
      include: { units: { orderBy: { unitId: "asc" } }, results: { orderBy: { position: "asc" } } },
    });
    expect(entry).toMatchObject({ siteId: site.id, volunteers: 16, summary: "为新栽树苗浇水、除草。" });
    expect(entry.hours.toString()).toBe("32.5");
    expect(entry.servedOn.toISOString().slice(0, 10)).toBe("2023-05-20");
    expect(entry.units.map((row) => row.unitId)).toEqual([post.id, mobile.id, once.id].sort((a, b) => a - b));
    expect(entry.results.map((row) => [row.label, Number(row.value), row.unit])).toEqual([
      ["养护", 1, "次"],
      ["植树", 30, "棵"],
    ]);
    const audit = await db.auditLog.findFirst({
      where: { action: "serviceLog.add", entityId: String(entry.id) },
    });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("accepts today and refuses tomorrow (Beijing time), writing nothing", async () => {
    await asAdmin();
    const site = await createServiceSite();
    const today = beijingDate();
    expect((await add(entryFields(site.id, { servedOn: today }))).ok).toBe(true);
    const state = await add(entryFields(site.id, { servedOn: addDays(today, 1) }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.servedOn?.[0]?.key).toBe("pairing.sites.errors.servedInFuture");
    expect(await db.serviceLogEntry.count({ where: { siteId: site.id } })).toBe(1);
  });

  it("reads 'today' in Beijing: at 01:00 Beijing (still yesterday in UTC) the Beijing date is allowed", async () => {
    const admin = asActor(await createAdmin()) as AdminActor;
    const site = await createServiceSite();
    const now = new Date("2026-06-01T17:00:00Z"); // 2026-06-02 01:00 in Beijing
    const input = (servedOn: string) => addLogEntrySchema.parse(entryFields(site.id, { servedOn }));
    await expect(addLogEntryMutation(admin, input("2026-06-02"), now)).resolves.toBeGreaterThan(0);
    await expect(addLogEntryMutation(admin, input("2026-06-03"), now)).rejects.toMatchObject({
      key: "pairing.sites.errors.servedInFuture",
    });
  });

  it.each([
    ["negative volunteers", { volunteers: "-5" }, "volunteers", "pairing.sites.validation.wholeNumber"],
    ["fractional volunteers", { volunteers: "2.5" }, "volunteers", "pairing.sites.validation.wholeNumber"],
    ["negative hours", { hours: "-1" }, "hours", "pairing.sites.validation.hours"],
    ["hours with two decimals", { hours: "1.25" }, "hours", "pairing.sites.validation.hours"],
    ["no summary", { summary: "" }, "summary", "core.validation.required"],
    ["a bad date", { servedOn: "2023-02-30" }, "servedOn", "core.validation.date"],
    [
      "a result without a label",
      { result_0_label: "" },
      "result_0_label",
      "pairing.sites.validation.resultLabel",
    ],
    ["a negative result", { result_0_value: "-3" }, "result_0_value", "pairing.sites.validation.resultValue"],
    [
      "a result unit of 21 characters",
      { result_0_unit: "棵".repeat(21) },
      "result_0_unit",
      "pairing.sites.validation.resultUnit",
    ],
  ])("refuses %s next to its field and writes nothing", async (_label, overrides, field, key) => {
    await asAdmin();
    const site = await createServiceSite();
    const state = await add(entryFields(site.id, overrides));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.[field]?.[0]?.key).toBe(key);
    expect(await db.serviceLogEntry.count({ where: { siteId: site.id } })).toBe(0);
  });

  it("shows every mistake at once: a bad result row and a bad field together", async () => {
    await asAdmin();
    const site = await createServiceSite();
    const state = await add(entryFields(site.id, { volunteers: "-1", result_0_value: "many" }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["result_0_value", "volunteers"]);
  });

  it("refuses a unit that does not exist and a site that does not exist", async () => {
    await asAdmin();
    const site = await createServiceSite();
    const unknownUnit = await add(entryFields(site.id, { unitIds: ["999999"] }));
    expect(unknownUnit.fieldErrors?.unitIds?.[0]?.key).toBe("pairing.sites.errors.unitNotFound");
    const unknownSite = await add(entryFields(999_999));
    expect(unknownSite.message?.key).toBe("pairing.sites.errors.notFound");
    expect(await db.serviceLogEntry.count({ where: { siteId: site.id } })).toBe(0);
  });
});
