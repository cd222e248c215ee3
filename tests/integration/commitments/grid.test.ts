import { describe, expect, it } from "vitest";
import { getCommitmentGrid, getUnitCommitments } from "@/lib/commitments/queries";
import { createUnit } from "../../factories";
import { createCommitmentRecord, createLedActivity, createPlanYear } from "../../factories/commitments";

// Years nobody else uses, so the whole-year totals contain only what this file seeds.
const gridYear = 2061;
const draftYear = 2062;

describe("the units × 5 grid", () => {
  it("scores every active unit of the year and totals done cells per unit, per commitment and overall", async () => {
    await createPlanYear(gridYear);
    const alpha = await createUnit({ category: "VERTICAL_AGENCY", name: `甲单位${Date.now()}` });
    const beta = await createUnit({ category: "STATE_ENTERPRISE" });
    const idle = await createUnit({ category: "EMERGING_SECTOR" });
    const suspended = await createUnit({ status: "SUSPENDED" });

    await createLedActivity(alpha.id, gridYear, "STUDY_EXCHANGE", "REPORTED");
    await createCommitmentRecord(alpha.id, gridYear, "YOUTH_PROJECT", "IN_PROGRESS");
    await createCommitmentRecord(alpha.id, gridYear - 1, "CULTURE_SPORTS", "DONE"); // another year
    await createCommitmentRecord(beta.id, gridYear, "BACKBONE_TEAM", "DONE", { roster: ["张三"] });
    await createCommitmentRecord(beta.id, gridYear, "LIVELIHOOD", "NOT_STARTED");
    await createCommitmentRecord(beta.id, gridYear, "LIVELIHOOD", "DONE");
    await createLedActivity(beta.id, gridYear, "CULTURE_SPORTS", "CLOSED");
    await createLedActivity(beta.id, gridYear, "STUDY_EXCHANGE", "CANCELLED"); // unclaimed: no credit
    await createCommitmentRecord(suspended.id, gridYear, "YOUTH_PROJECT", "DONE");

    const grid = await getCommitmentGrid(gridYear);
    const row = (id: number) => grid.rows.find((r) => r.unit.id === id);
    const statuses = (id: number) => row(id)!.scores.map((s) => s.status);

    expect(statuses(alpha.id)).toEqual(["DONE", "IN_PROGRESS", "NOT_STARTED", "NOT_STARTED", "NOT_STARTED"]);
    expect(row(alpha.id)!.done).toBe(1);
    expect(statuses(beta.id)).toEqual(["NOT_STARTED", "NOT_STARTED", "DONE", "IN_PROGRESS", "DONE"]);
    expect(row(beta.id)!.done).toBe(2);
    expect(row(idle.id)!.done).toBe(0);
    expect(row(suspended.id)).toBeUndefined();

    expect(Object.fromEntries(Object.entries(grid.totals).map(([c, t]) => [c, t.DONE]))).toEqual({
      STUDY_EXCHANGE: 1,
      YOUTH_PROJECT: 0,
      LIVELIHOOD: 1,
      CULTURE_SPORTS: 0,
      BACKBONE_TEAM: 1,
    });
    expect(grid.totals.YOUTH_PROJECT.IN_PROGRESS).toBe(1);
    expect(grid.totals.CULTURE_SPORTS.IN_PROGRESS).toBe(1);
    expect(grid.grandDone).toBe(3);
    expect(grid.grandCells).toBe(grid.rows.length * 5);
    for (const commitment of Object.keys(grid.totals) as Array<keyof typeof grid.totals>) {
      const t = grid.totals[commitment];
      expect(t.DONE + t.IN_PROGRESS + t.NOT_STARTED).toBe(grid.rows.length);
    }
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
  it("names the evidence and, for the public, leaves out activities of draft lists", async () => {
    await createPlanYear(draftYear, "DRAFT");
    const unit = await createUnit();
    const activity = await createLedActivity(unit.id, draftYear, "CULTURE_SPORTS", "REPORTED");
    const record = await createCommitmentRecord(unit.id, draftYear, "BACKBONE_TEAM", "DONE", {
      title: "青年突击队",
      roster: ["张三"],
    });

    const mine = await getUnitCommitments(unit.id, draftYear);
    expect(mine.find((c) => c.commitment === "CULTURE_SPORTS")).toMatchObject({
      status: "DONE",
      items: [{ kind: "activity", id: activity.id, title: activity.title }],
    });
    const open = await getUnitCommitments(unit.id, draftYear, { publicOnly: true });
    expect(open.find((c) => c.commitment === "CULTURE_SPORTS")).toMatchObject({
      status: "NOT_STARTED",
      items: [],
    });
    expect(open.find((c) => c.commitment === "BACKBONE_TEAM")).toEqual({
      commitment: "BACKBONE_TEAM",
      status: "DONE",
      evidence: [{ kind: "record", id: record.id }],
      items: [{ kind: "record", id: record.id, title: "青年突击队" }],
    });
  });
});
