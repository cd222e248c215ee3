// What the bench asks the server for, and with whose session. Page scenarios are plain GETs;
// the two action scenarios are built in actions-load.ts (each request does new work).
import type { ScenarioKind } from "./figures";

export type Account = "secretary" | "admin";

export interface PageScenario {
  name: string;
  kind: ScenarioKind;
  path: string;
  account?: Account;
}

/** Rows of the generated data set that the detail pages show. */
export interface ScenarioIds {
  /** A claimed current-year item with sign-ups. */
  activityId: number;
  unitSlug: string;
  /** A held public meeting with published minutes. */
  meetingId: number;
  /** The venue with the most bookings. */
  venueId: number;
  /** A past year of the plan, for /plan?year=. */
  pastYear: number;
}

/**
 * The ceiling first (the other figures are compared with it), then the public pages and the
 * feed, then the signed-in pages. Without an /about page the health check stands in for it.
 */
export function pageScenarios(ids: ScenarioIds, ceilingPath: "/about" | "/api/health"): PageScenario[] {
  const publicPaths = [
    "/",
    "/plan",
    `/plan?year=${ids.pastYear}`,
    `/activities/${ids.activityId}`,
    "/units",
    `/units/${ids.unitSlug}`,
    "/meetings",
    `/meetings/${ids.meetingId}`,
    "/rotation",
    "/venues",
    `/venues/${ids.venueId}`,
    "/plan.ics",
  ];
  return [
    { name: ceilingPath, kind: "ceiling", path: ceilingPath },
    ...publicPaths.map((path) => ({ name: path, kind: "public" as const, path })),
    { name: "/my (secretary)", kind: "signedIn", path: "/my", account: "secretary" },
    { name: "/admin (admin)", kind: "signedIn", path: "/admin", account: "admin" },
  ];
}
