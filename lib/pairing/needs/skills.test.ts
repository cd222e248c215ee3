import { describe, expect, it } from "vitest";
import { parseSkills, skillsText } from "./skills";

describe("parseSkills", () => {
  it("splits on commas (Latin and Chinese), 、 and new lines", () => {
    expect(parseSkills("园艺, 搬运，摄影、急救\n驾驶")).toEqual(["园艺", "搬运", "摄影", "急救", "驾驶"]);
  });

  it("drops blanks and repeats, keeping the first order", () => {
    expect(parseSkills(" 园艺 ,,\n\n园艺, 搬运 ")).toEqual(["园艺", "搬运"]);
  });

  it("reads an empty text as no skills", () => {
    expect(parseSkills("  ")).toEqual([]);
  });

  it("round-trips through the form's text", () => {
    expect(parseSkills(skillsText(["园艺", "搬运"]))).toEqual(["园艺", "搬运"]);
  });
});
