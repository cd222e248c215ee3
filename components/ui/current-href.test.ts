import { describe, expect, it } from "vitest";
import { currentHref } from "./current-href";

const links = [
  { href: "/my", label: "My unit" },
  { href: "/my/inbox", label: "Messages" },
  { href: "/plan", label: "Plan" },
];

describe("currentHref", () => {
  it("marks the most specific section: the inbox, not the workspace, on /my/inbox", () => {
    expect(currentHref(links, "/my/inbox")).toBe("/my/inbox");
  });

  it("marks a section on its own pages below it", () => {
    expect(currentHref(links, "/my/unit")).toBe("/my");
    expect(currentHref(links, "/plan")).toBe("/plan");
  });

  it("does not mark a section for a path that only starts with the same letters", () => {
    expect(currentHref(links, "/planning")).toBeUndefined();
  });

  it("keeps an exact link to its own page", () => {
    const exact = [{ href: "/admin", label: "Overview", exact: true }];
    expect(currentHref(exact, "/admin")).toBe("/admin");
    expect(currentHref(exact, "/admin/units")).toBeUndefined();
  });
});
