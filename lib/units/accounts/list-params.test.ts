import { describe, expect, it } from "vitest";
import { parseUserListFilter, userListQuery } from "./list-params";

describe("parseUserListFilter", () => {
  it("reads search, role, unit, active and page", () => {
    expect(parseUserListFilter({ q: " 汪 ", role: "SECRETARY", unit: "7", active: "no", page: "2" })).toEqual(
      {
        q: "汪",
        role: "SECRETARY",
        unitId: 7,
        active: false,
        page: 2,
      },
    );
  });

  it("ignores unknown, malformed and repeated parameters instead of failing", () => {
    expect(
      parseUserListFilter({ q: ["a", "b"], role: "ROOT", unit: "x1", active: "maybe", page: "-3" }),
    ).toEqual({ page: 1 });
    expect(parseUserListFilter({ unit: "", q: "" })).toEqual({ page: 1 });
  });

  it("round-trips through the query string used by pagination links", () => {
    const filter = parseUserListFilter({ q: "li", role: "ADMIN", active: "yes" });
    expect(userListQuery(filter, 3)).toBe("?q=li&role=ADMIN&active=yes&page=3");
    expect(userListQuery({ page: 1 })).toBe("");
  });
});
