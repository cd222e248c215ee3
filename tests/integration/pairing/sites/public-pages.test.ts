// What the public pages read: a site with its totals rolled up from the log, the log's pages
// (newest first), the public list, and a unit's own service-site numbers.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import {
  getPublicSite,
  listPublicSiteLog,
  listPublicSites,
  listUnitServiceSites,
  logPageSize,
} from "@/lib/pairing/sites/public-queries";
import { createAdmin, createUnit } from "@/tests/factories";
import { createLogEntry, createServiceSite } from "@/tests/factories/sites";

describe("a site's public page", () => {
  it("rolls the log up into visits, volunteers, hours and results by label and unit", async () => {
    const admin = await createAdmin();
    const unit = await createUnit();
    const site = await createServiceSite({ units: [unit.id] });
    await createLogEntry(site.id, admin.id, {
      volunteers: 105,
      hours: 420,
      results: [["树木种植", 200, "棵"]],
    });
    await createLogEntry(site.id, admin.id, {
      volunteers: 20,
      hours: 50.5,
      results: [
        ["树木种植", 250, "棵"],
        ["养护", 1, "次"],
      ],
    });
    await createLogEntry(site.id, admin.id, { volunteers: 12, hours: 24, results: [["养护", 2, "次"]] });
    const page = await getPublicSite(site.id);
    expect(page?.totals).toEqual({
      visits: 3,
      volunteers: 137,
      hours: 494.5,
      results: [
        { label: "树木种植", unit: "棵", value: 450 },
        { label: "养护", unit: "次", value: 3 },
      ],
    });
    expect(page?.units.map((row) => row.unit.id)).toEqual([unit.id]);
    expect(page?.areaSqm).toBe(2000);
  });

  it("pages the log newest first and has no page past the last", async () => {
    const admin = await createAdmin();
    const site = await createServiceSite();
    for (let day = 1; day <= logPageSize + 2; day += 1)
      await createLogEntry(site.id, admin.id, { servedOn: `2024-01-${String(day).padStart(2, "0")}` });
    const first = await listPublicSiteLog(site.id, 1);
    expect(first).toMatchObject({ total: logPageSize + 2, pages: 2 });
    expect(first?.entries[0]?.servedOn.toISOString().slice(0, 10)).toBe(`2024-01-${logPageSize + 2}`);
    const second = await listPublicSiteLog(site.id, 2);
    expect(second?.entries.map((entry) => entry.servedOn.toISOString().slice(0, 10))).toEqual([
      "2024-01-02",
      "2024-01-01",
    ]);
    expect(await listPublicSiteLog(site.id, 3)).toBeNull();
  });

  it("lists active sites only, each with its totals", async () => {
    const admin = await createAdmin();
    const active = await createServiceSite();
    const inactive = await createServiceSite({ active: false });
    await createLogEntry(active.id, admin.id, { volunteers: 7, hours: 3.5 });
    const sites = await listPublicSites();
    const listed = sites.find((site) => site.id === active.id);
    expect(listed?.totals).toEqual({ visits: 1, volunteers: 7, hours: 3.5 });
    expect(sites.some((site) => site.id === inactive.id)).toBe(false);
  });
});

describe("a unit's service sites", () => {
  it("lists the sites it serves or visited, with the visits it took part in", async () => {
    const admin = await createAdmin();
    const unit = await createUnit();
    const other = await createUnit();
    const serving = await createServiceSite({ units: [unit.id] });
    const visited = await createServiceSite();
    const untouched = await createServiceSite({ units: [other.id] });
    await createLogEntry(serving.id, admin.id, { volunteers: 10, hours: 20, units: [unit.id, other.id] });
    await createLogEntry(serving.id, admin.id, { volunteers: 5, hours: 10, units: [unit.id] });
    await createLogEntry(serving.id, admin.id, { volunteers: 99, hours: 99, units: [other.id] });
    await createLogEntry(visited.id, admin.id, { volunteers: 3, hours: 6, units: [unit.id] });
    await createLogEntry(untouched.id, admin.id, { volunteers: 8, hours: 8, units: [other.id] });

    const sites = await listUnitServiceSites(unit.id);
    expect(sites.map(({ id, visits, volunteers, hours }) => ({ id, visits, volunteers, hours }))).toEqual([
      { id: serving.id, visits: 2, volunteers: 15, hours: 30 },
      { id: visited.id, visits: 1, volunteers: 3, hours: 6 },
    ]);
    expect(sites[0]?.since?.toISOString().slice(0, 10)).toBe("2023-03-10");
    expect(sites[1]?.since).toBeNull();
    expect(await db.serviceLogEntry.count({ where: { siteId: untouched.id } })).toBe(1);
  });

  it("is empty for a unit with no site", async () => {
    const unit = await createUnit();
    expect(await listUnitServiceSites(unit.id)).toEqual([]);
  });
});
