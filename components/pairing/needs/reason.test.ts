import { describe, expect, it } from "vitest";
import { formatKm, reasonMessage } from "./reason";

describe("reasonMessage", () => {
  it("says a paired community, with its distance when known", () => {
    expect(reasonMessage({ kind: "paired", km: null })).toEqual({ key: "paired" });
    expect(reasonMessage({ kind: "paired", km: 2.34 })).toEqual({ key: "pairedNear", values: { km: "2.3" } });
  });

  it("gives the distance of a nearby need", () => {
    expect(reasonMessage({ kind: "near", km: 12.6 })).toEqual({ key: "near", values: { km: "13" } });
  });

  it("says which point is missing", () => {
    expect(reasonMessage({ kind: "unknown", missing: "need" })).toEqual({ key: "unknownNeed" });
    expect(reasonMessage({ kind: "unknown", missing: "unit" })).toEqual({ key: "unknownUnit" });
  });
});

describe("formatKm", () => {
  it("keeps one decimal under 10 km and rounds beyond", () => {
    expect(formatKm(0.04)).toBe("0.0");
    expect(formatKm(9.94)).toBe("9.9");
    expect(formatKm(10.4)).toBe("10");
  });
});
