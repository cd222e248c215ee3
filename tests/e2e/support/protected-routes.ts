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

export const protectedRoutes: Array<{ path: string; expected: Record<Caller, Expected> }> = [
  { path: "/my", expected: secretaryPage },
  { path: "/my/profile", expected: secretaryPage },
  { path: "/my/unit", expected: secretaryPage },
  { path: "/my/commitments", expected: secretaryPage },
  { path: "/my/inbox", expected: secretaryPage },
  { path: "/my/activities", expected: secretaryPage },
  { path: "/account/password", expected: signedInPage },
  { path: "/admin", expected: adminPage },
  { path: "/admin/applications", expected: adminPage },
  { path: "/admin/units", expected: adminPage },
  { path: "/admin/units/new", expected: adminPage },
  { path: "/admin/units/import", expected: adminPage },
  { path: "/admin/users", expected: adminPage },
  { path: "/admin/users/new", expected: adminPage },
  { path: "/admin/users/new-admin", expected: adminPage },
  { path: "/admin/audit", expected: adminPage },
  { path: "/admin/commitments", expected: adminPage },
  { path: "/admin/reports", expected: adminPage },
  { path: "/admin/plan", expected: adminPage },
  { path: "/admin/plan/2026", expected: adminPage },
  { path: "/admin/plan/2026/new", expected: adminPage },
  { path: "/admin/plan/2026/import", expected: adminPage },
];
