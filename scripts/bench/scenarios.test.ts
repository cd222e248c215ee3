import { describe, expect, it } from "vitest";
import { pageScenarios } from "./scenarios";
import { cookiePairs } from "./session";

describe("bench scenarios", () => {
  const ids = { activityId: 7, unitSlug: "china-post-zhenjiang", meetingId: 3, venueId: 2, pastYear: 2025 };

  it("starts with the ceiling, covers the public pages and the feed, then the signed-in pages", () => {
    const scenarios = pageScenarios(ids, "/about");
    expect(scenarios[0]).toEqual({ name: "/about", kind: "ceiling", path: "/about" });
    expect(scenarios.filter((s) => s.kind === "public").map((s) => s.path)).toEqual([
      "/",
      "/plan",
      "/plan?year=2025",
      "/activities/7",
      "/units",
      "/units/china-post-zhenjiang",
      "/meetings",
      "/meetings/3",
      "/rotation",
      "/venues",
      "/venues/2",
      "/plan.ics",
    ]);
    expect(scenarios.filter((s) => s.account).map((s) => [s.path, s.account])).toEqual([
      ["/my", "secretary"],
      ["/admin", "admin"],
    ]);
  });

  it("lets the health check stand in for a missing /about", () => {
    expect(pageScenarios(ids, "/api/health")[0]).toMatchObject({ name: "/api/health", path: "/api/health" });
  });

  it("keeps only the name=value pairs of Set-Cookie headers", () => {
    expect(
      cookiePairs([
        "next-auth.session-token=abc; Path=/; HttpOnly",
        "next-auth.csrf-token=x%7Cy; Path=/",
        "junk",
      ]),
    ).toEqual(["next-auth.session-token=abc", "next-auth.csrf-token=x%7Cy"]);
  });
});
