// Long-term service sites, the units serving them and their service log: admins only
// (sites.manage). The log entries an activity's report writes are covered by reports.cases.ts.
import {
  addLogEntry,
  addSiteUnit,
  createSite,
  deleteLogEntry,
  removeSiteUnit,
  updateLogEntry,
  updateSite,
} from "@/lib/pairing/sites/actions";
import { createAdmin } from "@/tests/factories";
import {
  createLogEntry,
  createServiceSite,
  createSiteCommunity,
  entryFields,
  siteFields,
} from "@/tests/factories/sites";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase } from "./roles";

export const cases: AuthorizationCase[] = [
  {
    name: "createSite",
    action: createSite,
    input: async () => formData(siteFields((await createSiteCommunity()).id)),
    expected: adminOnly,
  },
  {
    name: "updateSite",
    action: updateSite,
    input: async () => {
      const site = await createServiceSite();
      return formData(siteFields(site.communityId, { siteId: site.id, version: site.version }));
    },
    expected: adminOnly,
  },
  {
    name: "addSiteUnit",
    action: addSiteUnit,
    input: async (world) =>
      formData({ siteId: (await createServiceSite()).id, unitId: world.unitA.id, since: "2023-03-10" }),
    expected: adminOnly,
  },
  {
    name: "removeSiteUnit",
    action: removeSiteUnit,
    input: async (world) =>
      formData({ siteId: (await createServiceSite({ units: [world.unitA.id] })).id, unitId: world.unitA.id }),
    expected: adminOnly,
  },
  {
    name: "addLogEntry",
    action: addLogEntry,
    input: async () => formData(entryFields((await createServiceSite()).id)),
    expected: adminOnly,
  },
  {
    name: "updateLogEntry",
    action: updateLogEntry,
    input: async () => {
      const site = await createServiceSite();
      const entry = await createLogEntry(site.id, (await createAdmin()).id);
      return formData(entryFields(site.id, { entryId: entry.id, version: entry.updatedAt.toISOString() }));
    },
    expected: adminOnly,
  },
  {
    name: "deleteLogEntry",
    action: deleteLogEntry,
    input: async () => {
      const site = await createServiceSite();
      const entry = await createLogEntry(site.id, (await createAdmin()).id);
      return formData({ siteId: site.id, entryId: entry.id });
    },
    expected: adminOnly,
  },
];
