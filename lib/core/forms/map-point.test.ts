import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkMapPoint, mapPointFields } from "./map-point";

const schema = z.object(mapPointFields).superRefine(checkMapPoint);
const issues = (input: Record<string, string>) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("map point fields", () => {
  it("reads both coordinates as numbers, or both blanks as no point", () => {
    expect(schema.parse({ latitude: "32.19", longitude: "119.43" })).toEqual({
      latitude: 32.19,
      longitude: 119.43,
    });
    expect(schema.parse({ latitude: "", longitude: "" })).toEqual({ latitude: null, longitude: null });
    expect(schema.parse({})).toEqual({ latitude: null, longitude: null });
  });

  it("marks the missing coordinate when only one is given", () => {
    expect(issues({ latitude: "32.19", longitude: "" })).toEqual([
      ["longitude", "core.validation.pointBoth"],
    ]);
    expect(issues({ latitude: "", longitude: "119.43" })).toEqual([
      ["latitude", "core.validation.pointBoth"],
    ]);
  });

  it("refuses points outside the Zhenjiang area (e.g. swapped coordinates)", () => {
    expect(issues({ latitude: "119.43", longitude: "32.19" })).toEqual([
      ["latitude", "core.validation.latitude"],
      ["longitude", "core.validation.longitude"],
    ]);
  });

  it("refuses text that is not a number", () => {
    expect(issues({ latitude: "north", longitude: "119.43" })).toEqual([
      ["latitude", "core.validation.invalid"],
    ]);
  });
});
