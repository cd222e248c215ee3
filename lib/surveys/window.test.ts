import { describe, expect, it } from "vitest";
import { surveyPhase } from "./window";

const opensAt = new Date("2027-03-01T00:00:00Z");
const closesAt = new Date("2027-03-10T00:00:00Z");

describe("surveyPhase", () => {
  it("is a draft until sent, whatever the clock says", () => {
    expect(surveyPhase({ status: "DRAFT", opensAt, closesAt }, new Date("2027-03-05T00:00:00Z"))).toBe(
      "draft",
    );
  });

  it("is upcoming before the window, open inside it and closed from its end on", () => {
    const sent = { status: "SENT" as const, opensAt, closesAt };
    expect(surveyPhase(sent, new Date(opensAt.getTime() - 1))).toBe("upcoming");
    expect(surveyPhase(sent, opensAt)).toBe("open");
    expect(surveyPhase(sent, new Date(closesAt.getTime() - 1))).toBe("open");
    expect(surveyPhase(sent, closesAt)).toBe("closed");
  });
});
