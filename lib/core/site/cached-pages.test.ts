import { describe, expect, it } from "vitest";
import { isCachedPublicPage } from "./cached-pages";

describe("isCachedPublicPage", () => {
  it("lists the public pages issue 14 serves from the cache", () => {
    for (const path of [
      "/",
      "/about",
      "/plan",
      "/activities/12",
      "/units",
      "/units/china-post",
      "/units/china-post/years/2025",
      "/meetings",
      "/meetings/3",
      "/rotation",
      "/venues",
      "/venues/4",
      "/needs",
      "/needs/7",
      "/communities",
      "/communities/3",
      "/pairings",
      "/pairings/5",
      "/sites",
      "/sites/2",
      "/sites/2/log/3",
      "/results",
      "/results/2025",
    ]) {
      expect(isCachedPublicPage(path), path).toBe(true);
    }
  });

  it("leaves out signed-in pages, forms and files", () => {
    for (const path of [
      "/my",
      "/admin",
      "/login",
      "/join",
      "/venues/4/book",
      "/meetings/3/checkin",
      // The writers' minutes editor reads the session: per request, with the nonce policy.
      "/meetings/3/minutes",
      "/units/a/logo",
      "/units/a/years/2025/extra",
      "/plan.ics",
      "/activities/12/photos/1",
    ]) {
      expect(isCachedPublicPage(path), path).toBe(false);
    }
  });
});
