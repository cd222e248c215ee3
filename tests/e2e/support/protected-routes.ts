// Every protected page and what each kind of caller gets. Capabilities add their routes here.
export type Caller = "anonymous" | "secretaryA" | "secretaryB" | "suspended" | "admin";
/** "login": redirected to sign in; "forbidden": 403 page; "ok": 200. */
export type Expected = "login" | "forbidden" | "ok";

const secretaryPage: Record<Caller, Expected> = {
  anonymous: "login",
  secretaryA: "ok",
  secretaryB: "ok",
  suspended: "login",
  admin: "forbidden",
};
const adminPage: Record<Caller, Expected> = {
  anonymous: "login",
  secretaryA: "forbidden",
  secretaryB: "forbidden",
  suspended: "login",
  admin: "ok",
};
const signedInPage: Record<Caller, Expected> = { ...secretaryPage, admin: "ok" };
/** Minutes of the demo mid-year meeting (id 2), hosted by secretaryB's unit (Ruixiang). */
const minutesWriterPage: Record<Caller, Expected> = { ...signedInPage, secretaryA: "forbidden" };

// Demo meetings by id (prisma/seed/meetings.ts): 1 the public founding plenary, 2 the
// members-only mid-year meeting hosted by Ruixiang, 3 the coming joint meeting.

export const protectedRoutes: Array<{ path: string; expected: Record<Caller, Expected> }> = [
  { path: "/my", expected: secretaryPage },
  { path: "/my/profile", expected: secretaryPage },
  { path: "/my/unit", expected: secretaryPage },
  { path: "/my/commitments", expected: secretaryPage },
  { path: "/my/year", expected: secretaryPage },
  { path: "/my/inbox", expected: secretaryPage },
  { path: "/my/activities", expected: secretaryPage },
  { path: "/account/password", expected: signedInPage },
  { path: "/admin", expected: adminPage },
  { path: "/admin/applications", expected: adminPage },
  { path: "/admin/units", expected: adminPage },
  { path: "/admin/units/new", expected: adminPage },
  { path: "/admin/units/import", expected: adminPage },
  // Unit 1 is the first demo unit (prisma/seed): its year, the tab beside its admin page.
  { path: "/admin/units/1/year", expected: adminPage },
  { path: "/admin/users", expected: adminPage },
  { path: "/admin/users/new", expected: adminPage },
  { path: "/admin/users/new-admin", expected: adminPage },
  { path: "/admin/audit", expected: adminPage },
  { path: "/admin/report", expected: adminPage },
  { path: "/admin/report/2023", expected: adminPage },
  { path: "/admin/bookings", expected: adminPage },
  { path: "/admin/commitments", expected: adminPage },
  { path: "/admin/reports", expected: adminPage },
  { path: "/admin/plan", expected: adminPage },
  { path: "/admin/plan/2026", expected: adminPage },
  { path: "/admin/plan/2026/new", expected: adminPage },
  { path: "/admin/plan/2026/import", expected: adminPage },
  { path: "/admin/meetings", expected: adminPage },
  { path: "/admin/meetings/new", expected: adminPage },
  { path: "/admin/meetings/3", expected: adminPage },
  { path: "/admin/meetings/3/agenda", expected: adminPage },
  { path: "/admin/meetings/3/attendance", expected: adminPage },
  { path: "/admin/decisions", expected: adminPage },
  { path: "/admin/rotation", expected: adminPage },
  { path: "/admin/rotation/swaps", expected: adminPage },
  { path: "/admin/rotation/reminders", expected: adminPage },
  { path: "/admin/communities", expected: adminPage },
  { path: "/admin/communities/new", expected: adminPage },
  { path: "/admin/communities/1", expected: adminPage },
  // Pairing 1 is the demo's China Post + China Mobile + Huadian group (prisma/seed/pairings.ts).
  { path: "/admin/pairings", expected: adminPage },
  { path: "/admin/pairings/new", expected: adminPage },
  { path: "/admin/pairings/1", expected: adminPage },
  { path: "/my/pairings", expected: secretaryPage },
  // Demo service sites (prisma/seed/sites.ts): 1 the Youth Public-Welfare Forest, whose first
  // log entry (id 1) is the 2023 planting its report wrote; entry 2 is an admin's visit.
  { path: "/admin/sites", expected: adminPage },
  { path: "/admin/sites/new", expected: adminPage },
  { path: "/admin/sites/1", expected: adminPage },
  { path: "/admin/sites/1/log/2", expected: adminPage },
  // Demo surveys (prisma/seed/surveys.ts): 1 the closed 2023 survey, 2 this year's open one;
  // both were sent to every unit.
  { path: "/admin/surveys", expected: adminPage },
  { path: "/admin/surveys/new", expected: adminPage },
  { path: "/admin/surveys/1", expected: adminPage },
  { path: "/admin/surveys/1/results", expected: adminPage },
  { path: "/my/surveys", expected: secretaryPage },
  { path: "/my/surveys/2", expected: secretaryPage },
  // Demo needs (prisma/seed/needs.ts): 1 the closed 2023 plot, 4 Chaoyang's smartphone lessons.
  { path: "/admin/needs", expected: adminPage },
  { path: "/admin/needs?status=CLOSED", expected: adminPage },
  { path: "/admin/needs/new", expected: adminPage },
  { path: "/admin/needs/4", expected: adminPage },
  { path: "/my/needs", expected: secretaryPage },
  { path: "/my/needs/4", expected: secretaryPage },
  { path: "/my/rotation", expected: secretaryPage },
  { path: "/my/venues", expected: secretaryPage },
  { path: "/my/venues/new", expected: secretaryPage },
  { path: "/my/bookings", expected: secretaryPage },
  { path: "/venues/1/book", expected: secretaryPage },
  // /meetings/2 itself is a cached shell for everybody (no private text in its HTML:
  // cache-revalidation.spec.ts); its content comes from /api/meetings/2/viewer, which answers
  // members only (tests/integration/core/islands/meeting-viewer-route.test.ts).
  { path: "/meetings/2/decisions", expected: signedInPage },
  { path: "/meetings/2/print", expected: signedInPage },
  { path: "/meetings/3/checkin", expected: secretaryPage },
  { path: "/meetings/2/minutes", expected: minutesWriterPage },
  { path: "/meetings/2/minutes/versions", expected: minutesWriterPage },
];
