// Test data for long-term service sites (定点服务点) and their service log.
import { db } from "@/lib/core/db";
import { uniqueSuffix } from "./index";

type Fields = Record<string, string | number | boolean | string[] | undefined>;

/** A community to partner a site with (unique name). */
export async function createSiteCommunity() {
  return db.community.create({ data: { name: `测试社区${uniqueSuffix()}` } });
}

/** A site row with its partner community; `units` serve it since 2023-03-10. */
export async function createServiceSite(
  overrides: { name?: string; active?: boolean; units?: number[]; communityId?: number } = {},
) {
  const communityId = overrides.communityId ?? (await createSiteCommunity()).id;
  return db.serviceSite.create({
    data: {
      name: overrides.name ?? `测试服务点${uniqueSuffix()}`,
      areaSqm: 2000,
      communityId,
      active: overrides.active ?? true,
      units: {
        create: (overrides.units ?? []).map((unitId) => ({
          unitId,
          since: new Date("2023-03-10T00:00:00Z"),
        })),
      },
    },
  });
}

/** A log entry written directly (not through the action), for reads and edits. */
export async function createLogEntry(
  siteId: number,
  recordedById: number,
  overrides: {
    servedOn?: string;
    volunteers?: number;
    hours?: number;
    units?: number[];
    results?: Array<[string, number, string]>;
    activityId?: number;
  } = {},
) {
  return db.serviceLogEntry.create({
    data: {
      siteId,
      servedOn: new Date(`${overrides.servedOn ?? "2023-05-20"}T00:00:00Z`),
      volunteers: overrides.volunteers ?? 10,
      hours: overrides.hours ?? 20,
      summary: "浇水除草。",
      recordedById,
      activityId: overrides.activityId,
      units: { create: (overrides.units ?? []).map((unitId) => ({ unitId })) },
      results: {
        create: (overrides.results ?? []).map(([label, value, unit], position) => ({
          label,
          value,
          unit,
          position,
        })),
      },
    },
  });
}

/** Valid site form fields to vary per test. */
export function siteFields(communityId: number, overrides: Fields = {}): Fields {
  return {
    name: `润州青年公益林${uniqueSuffix()}`,
    description: "小区旁的公益林。",
    areaSqm: "2000",
    address: "镇江市润州区南山街道",
    latitude: "32.1712",
    longitude: "119.4389",
    communityId,
    active: "on",
    ...overrides,
  };
}

/** Valid log-entry form fields (a past date, one result row) to vary per test. */
export function entryFields(siteId: number, overrides: Fields = {}): Fields {
  return {
    siteId,
    servedOn: "2023-05-20",
    volunteers: "16",
    hours: "32.5",
    summary: "为新栽树苗浇水、除草。",
    result_0_label: "养护",
    result_0_value: "1",
    result_0_unit: "次",
    ...overrides,
  };
}
