import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/core/auth/session-user";
import { hasViewerCopy, isViewerCopyPath, viewerCopyPath, viewerPageSeconds } from "./viewer-pages";

const secretary: CurrentUser = {
  id: 7,
  name: "书记",
  role: "SECRETARY",
  unitId: 3,
  mustChangePassword: false,
};
const admin: CurrentUser = { id: 1, name: "管理员", role: "ADMIN", unitId: null, mustChangePassword: false };

describe("viewer copies of the signed-in home pages", () => {
  it("serves /my to a secretary and /admin to an admin from their own copy", () => {
    expect(viewerCopyPath("/my", secretary)).toBe("/viewer/7/my");
    expect(viewerCopyPath("/admin", admin)).toBe("/viewer/1/admin");
  });

  it("leaves everybody else to the per-request page, which redirects or refuses", () => {
    expect(viewerCopyPath("/my", null)).toBeNull();
    expect(viewerCopyPath("/my", admin)).toBeNull();
    expect(viewerCopyPath("/admin", secretary)).toBeNull();
    expect(viewerCopyPath("/my", { ...secretary, unitId: null })).toBeNull();
    expect(viewerCopyPath("/my", { ...secretary, mustChangePassword: true })).toBeNull();
    expect(viewerCopyPath("/admin", { ...admin, mustChangePassword: true })).toBeNull();
  });

  it("has copies of the two home pages only, not of the pages under them", () => {
    expect(["/my", "/admin"].map(hasViewerCopy)).toEqual([true, true]);
    expect(["/my/bookings", "/admin/units", "/", "/my/"].map(hasViewerCopy)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(viewerCopyPath("/my/bookings", secretary)).toBeNull();
  });

  it("recognises the internal addresses, which browsers are refused", () => {
    expect(["/viewer", "/viewer/7/my", "/viewer/x"].map(isViewerCopyPath)).toEqual([true, true, true]);
    expect(["/viewers", "/my", "/units/viewer"].map(isViewerCopyPath)).toEqual([false, false, false]);
  });

  it("keeps a copy as long as the route's revalidate says (a literal Next reads from the file)", () => {
    const layout = readFileSync("app/[locale]/viewer/[viewerId]/layout.tsx", "utf8");
    expect(layout).toContain(`export const revalidate = ${viewerPageSeconds};`);
  });
});
