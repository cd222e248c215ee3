import { describe, expect, it } from "vitest";
import { getCommitmentGrid, getUnitCommitments } from "@/lib/activities/commitments/queries";
import { createUnit } from "@/tests/factories";
import {
  createCommitmentRecord,
  createJoinedActivity,
  createLedActivity,
  createPlanYear,
} from "@/tests/factories/commitments";

// Years nobody else uses, so the whole-year totals contain only what this file seeds.
const gridYear = 2061;
const draftYear = 2062;

describe("the units × 5 grid", () => {
  it("shows per unit and commitment what was claimed and what an admin confirmed, with totals", async () => {
    await createPlanYear(gridYear);
    const alpha = await createUnit({ category: "VERTICAL_AGENCY", name: `甲单位${Date.now()}` });
    const beta = await createUnit({ category: "STATE_ENTERPRISE" });
    const idle = await createUnit({ category: "EMERGING_SECTOR" });
    const suspended = await createUnit({ status: "SUSPENDED" });

    await createLedActivity(alpha.id, gridYear, "STUDY_EXCHANGE", "REPORTED"); // not recorded: in progress
    await createCommitmentRecord(alpha.id, gridYear, "YOUTH_PROJECT", "SUBMITTED");
    await createCommitmentRecord(alpha.id, gridYear - 1, "CULTURE_SPORTS", "CONFIRMED"); // another year
    await createCommitmentRecord(beta.id, gridYear, "BACKBONE_TEAM", "CONFIRMED", { roster: ["张三"] });
    await createCommitmentRecord(beta.id, gridYear, "LIVELIHOOD", "RETURNED");
    await createCommitmentRecord(beta.id, gridYear, "LIVELIHOOD", "CONFIRMED");
    await createCommitmentRecord(beta.id, gridYear, "CULTURE_SPORTS", "RETURNED");
    await createJoinedActivity(beta.id, gridYear, "STUDY_EXCHANGE", "OPEN"); // joining counts: in progress
    await createJoinedActivity(beta.id, gridYear, "YOUTH_PROJECT", "REPORTED"); // joining does not count
    await createCommitmentRecord(suspended.id, gridYear, "YOUTH_PROJECT", "CONFIRMED");

    const grid = await getCommitmentGrid(gridYear);
    const row = (id: number) => grid.rows.find((r) => r.unit.id === id);
    const statuses = (id: number) => row(id)!.scores.map((s) => s.status);

    expect(statuses(alpha.id)).toEqual([
      "IN_PROGRESS",
      "SUBMITTED",
      "NOT_STARTED",
      "NOT_STARTED",
      "NOT_STARTED",
    ]);
    expect(row(alpha.id)).toMatchObject({ confirmed: 0, claimed: 1 });
    expect(statuses(beta.id)).toEqual(["IN_PROGRESS", "NOT_STARTED", "CONFIRMED", "RETURNED", "CONFIRMED"]);
    expect(row(beta.id)).toMatchObject({ confirmed: 2, claimed: 2 });
    expect(row(idle.id)).toMatchObject({ confirmed: 0, claimed: 0 });
    expect(row(suspended.id)).toBeUndefined();

    // Only this file's units have evidence in this year; joined activities' lead units have none.
    expect(grid.totals).toEqual({
      STUDY_EXCHANGE: { claimed: 0, confirmed: 0 },
      YOUTH_PROJECT: { claimed: 1, confirmed: 0 },
      LIVELIHOOD: { claimed: 1, confirmed: 1 },
      CULTURE_SPORTS: { claimed: 0, confirmed: 0 },
      BACKBONE_TEAM: { claimed: 1, confirmed: 1 },
    });
    expect(grid.grand).toEqual({ claimed: 3, confirmed: 2, cells: grid.rows.length * 5 });
  });

  it("orders rows by category, then name", async () => {
    await createPlanYear(gridYear);
    const grid = await getCommitmentGrid(gridYear);
    const order = [
      "VERTICAL_AGENCY",
      "STATE_ENTERPRISE",
      "FINANCIAL_INSTITUTION",
      "NEW_ORGANISATION",
      "EMERGING_SECTOR",
    ];
    const keys = grid.rows.map((r) => order.indexOf(r.unit.category));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe("one unit's five", () => {
  it("names the evidence, and shows the public confirmed records only and no activities of draft lists", async () => {
    await createPlanYear(draftYear, "DRAFT");
    const unit = await createUnit();
    const activity = await createLedActivity(unit.id, draftYear, "CULTURE_SPORTS", "REPORTED");
    const confirmed = await createCommitmentRecord(unit.id, draftYear, "BACKBONE_TEAM", "CONFIRMED", {
      title: "青年突击队",
      roster: ["张三"],
    });
    await createCommitmentRecord(unit.id, draftYear, "YOUTH_PROJECT", "SUBMITTED");

    const mine = await getUnitCommitments(unit.id, draftYear);
    expect(mine.find((c) => c.commitment === "CULTURE_SPORTS")).toMatchObject({
      status: "IN_PROGRESS",
      items: [{ kind: "activity", id: activity.id, title: activity.title }],
    });
    expect(mine.find((c) => c.commitment === "YOUTH_PROJECT")?.status).toBe("SUBMITTED");
    const open = await getUnitCommitments(unit.id, draftYear, { publicOnly: true });
    expect(open.find((c) => c.commitment === "CULTURE_SPORTS")).toMatchObject({
      status: "NOT_STARTED",
      items: [],
    });
    expect(open.find((c) => c.commitment === "YOUTH_PROJECT")?.status).toBe("NOT_STARTED");
    expect(open.find((c) => c.commitment === "BACKBONE_TEAM")).toEqual({
      commitment: "BACKBONE_TEAM",
      status: "CONFIRMED",
      evidence: [{ kind: "record", id: confirmed.id }],
      items: [{ kind: "record", id: confirmed.id, title: "青年突击队" }],
    });
  });
});
