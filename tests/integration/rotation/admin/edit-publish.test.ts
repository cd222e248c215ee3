// Hand edits on a draft (versioned, warned, re-costed) and publishing (supersedes, keeps
// versions, tells duty units, refuses when the published schedule changed meanwhile).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import {
  generateRotationDraft,
  moveRotationDuty,
  publishRotationDraft,
  swapDraftDuties,
} from "@/lib/rotation/admin/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createRotationYear } from "@/tests/factories/rotation";
import { versionsOf } from "@/tests/factories/rotation-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

type StoredCost = { total: number; optimalTotal: number };

/** A year (no duty in February) with a fresh draft; returns it and two of its duties. */
async function yearWithDraft() {
  const admin = await createAdmin();
  actAs(admin);
  const units = [await createUnit(), await createUnit()];
  const { year } = await createRotationYear({ dutyMonths: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
  const state = await generateRotationDraft(initialFormState, formData({ year }));
  expect(state.ok).toBe(true);
  const draft = await db.rotationSchedule.findFirstOrThrow({
    where: { year, status: "DRAFT" },
    include: { assignments: true },
  });
  const first = draft.assignments.find((duty) => duty.unitId === units[0]!.id)!;
  // Another unit's duty in another month (units of earlier tests take part too).
  const second = draft.assignments.find(
    (duty) => duty.unitId !== first.unitId && duty.month !== first.month,
  )!;
  return { admin, year, draft, units, first, second };
}

describe("hand edits", () => {
  it("moves a duty, recomputes the cost, warns about a broken rule and keeps the optimum", async () => {
    const { year, draft, first } = await yearWithDraft();
    const state = await moveRotationDuty(
      initialFormState,
      formData({ scheduleId: draft.id, version: 0, duty: `${first.unitId}:${first.month}`, toMonth: 2 }),
    );
    expect(state.ok).toBe(true);
    expect(state.message?.key).toBe("rotation.admin.editedWithWarnings");
    const after = await db.rotationSchedule.findUniqueOrThrow({
      where: { id: draft.id },
      include: { assignments: true },
    });
    expect(after.version).toBe(1);
    expect(
      after.assignments.filter((duty) => duty.unitId === first.unitId).map((duty) => duty.month),
    ).toEqual([2]);
    const cost = after.cost as StoredCost;
    expect(cost.optimalTotal).toBe((draft.cost as StoredCost).total);
    expect(
      await db.auditLog.count({ where: { action: "rotation.moveDuty", entityId: String(draft.id) } }),
    ).toBe(1);
    expect((await versionsOf(year)).length).toBe(1);
  });

  it("refuses a stale version and leaves the draft unchanged", async () => {
    const { draft, first, second } = await yearWithDraft();
    await swapDraftDuties(
      initialFormState,
      formData({
        scheduleId: draft.id,
        version: 0,
        dutyA: `${first.unitId}:${first.month}`,
        dutyB: `${second.unitId}:${second.month}`,
      }),
    );
    const before = await db.rotationAssignment.findMany({
      where: { scheduleId: draft.id },
      orderBy: { unitId: "asc" },
    });
    const stale = await moveRotationDuty(
      initialFormState,
      formData({ scheduleId: draft.id, version: 0, duty: `${first.unitId}:${second.month}`, toMonth: 2 }),
    );
    expect(stale.message?.key).toBe("rotation.admin.errors.stale");
    expect(
      await db.rotationAssignment.findMany({ where: { scheduleId: draft.id }, orderBy: { unitId: "asc" } }),
    ).toEqual(before);
    expect((await db.rotationSchedule.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(1);
  });

  it("swaps two duties' months and refuses a duty that is not in the draft", async () => {
    const { draft, first, second } = await yearWithDraft();
    const swapped = await swapDraftDuties(
      initialFormState,
      formData({
        scheduleId: draft.id,
        version: 0,
        dutyA: `${first.unitId}:${first.month}`,
        dutyB: `${second.unitId}:${second.month}`,
      }),
    );
    expect(swapped).toMatchObject({ ok: true, message: { key: "rotation.admin.edited" } });
    const rows = await db.rotationAssignment.findMany({ where: { scheduleId: draft.id } });
    expect(rows.find((row) => row.unitId === first.unitId)?.month).toBe(second.month);
    expect(rows.find((row) => row.unitId === second.unitId)?.month).toBe(first.month);
    const missing = await moveRotationDuty(
      initialFormState,
      formData({ scheduleId: draft.id, version: 1, duty: `${first.unitId}:${first.month}`, toMonth: 2 }),
    );
    expect(missing.fieldErrors?.duty?.[0]?.key).toBe("rotation.admin.errors.dutyMissing");
  });
});

describe("publishRotationDraft", () => {
  it("refuses a draft with violations unless ticked, then publishes, tells duty units and audits", async () => {
    const { year, draft, first, units } = await yearWithDraft();
    const secretary = await createSecretary(units[0]!.id);
    await moveRotationDuty(
      initialFormState,
      formData({ scheduleId: draft.id, version: 0, duty: `${first.unitId}:${first.month}`, toMonth: 2 }),
    );
    const refused = await publishRotationDraft(
      initialFormState,
      formData({ scheduleId: draft.id, version: 1 }),
    );
    expect(refused.message?.key).toBe("rotation.admin.errors.hasViolations");
    expect((await versionsOf(year))[0]?.status).toBe("DRAFT");
    expect(await db.notification.count({ where: { userId: secretary.id } })).toBe(0);

    const published = await publishRotationDraft(
      initialFormState,
      formData({ scheduleId: draft.id, version: 1, despiteWarnings: "on" }),
    );
    expect(published).toMatchObject({ ok: true, message: { key: "rotation.admin.published" } });
    const [version] = await versionsOf(year);
    expect(version).toMatchObject({ status: "PUBLISHED" });
    expect(version?.publishedAt).toBeInstanceOf(Date);
    expect(
      await db.notification.findFirstOrThrow({ where: { userId: secretary.id, kind: "ROTATION_PUBLISHED" } }),
    ).toMatchObject({ values: { title: String(year) } });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "rotation.publish", entityId: String(draft.id) },
    });
    expect(audit.after).toMatchObject({ despiteWarnings: true });
  });

  it("supersedes the published version and keeps every version", async () => {
    const { year, draft } = await yearWithDraft();
    await publishRotationDraft(initialFormState, formData({ scheduleId: draft.id, version: 0 }));
    await generateRotationDraft(initialFormState, formData({ year }));
    const second = await db.rotationSchedule.findFirstOrThrow({ where: { year, status: "DRAFT" } });
    expect(second.basedOnNumber).toBe(1);
    const state = await publishRotationDraft(
      initialFormState,
      formData({ scheduleId: second.id, version: 0 }),
    );
    expect(state.ok).toBe(true);
    expect((await versionsOf(year)).map((version) => [version.number, version.status])).toEqual([
      [1, "SUPERSEDED"],
      [2, "PUBLISHED"],
    ]);
    const again = await publishRotationDraft(
      initialFormState,
      formData({ scheduleId: second.id, version: 1 }),
    );
    expect(again.message?.key).toBe("rotation.admin.errors.notDraft");
  });

  it("refuses when a swap was approved on the published schedule after the draft was generated", async () => {
    const { admin, year, draft, first, second } = await yearWithDraft();
    await publishRotationDraft(initialFormState, formData({ scheduleId: draft.id, version: 0 }));
    await generateRotationDraft(initialFormState, formData({ year }));
    const next = await db.rotationSchedule.findFirstOrThrow({ where: { year, status: "DRAFT" } });
    // A swap applied to the published version (as the swap slice would do it).
    await db.rotationAssignment.deleteMany({
      where: { scheduleId: draft.id, unitId: { in: [first.unitId, second.unitId] } },
    });
    await db.rotationAssignment.createMany({
      data: [
        { scheduleId: draft.id, unitId: first.unitId, month: second.month },
        { scheduleId: draft.id, unitId: second.unitId, month: first.month },
      ],
      skipDuplicates: true,
    });
    await db.rotationSwap.create({
      data: {
        scheduleId: draft.id,
        fromUnitId: first.unitId,
        fromMonth: first.month,
        toUnitId: second.unitId,
        toMonth: second.month,
        status: "APPROVED",
        requestedById: admin.id,
        decidedById: admin.id,
      },
    });
    const state = await publishRotationDraft(initialFormState, formData({ scheduleId: next.id, version: 0 }));
    expect(state.message?.key).toBe("rotation.admin.errors.publishedChanged");
    expect((await versionsOf(year)).map((version) => version.status)).toEqual(["PUBLISHED", "DRAFT"]);
  });

  it("refuses when another version was published since the draft was generated", async () => {
    const { admin, year, draft, units } = await yearWithDraft();
    // Someone published a version the draft does not know about (basedOnNumber is null).
    await db.rotationSchedule.create({
      data: {
        year,
        number: 2,
        status: "PUBLISHED",
        createdById: admin.id,
        publishedAt: new Date(),
        assignments: { create: [{ unitId: units[0]!.id, month: 5 }] },
      },
    });
    const state = await publishRotationDraft(
      initialFormState,
      formData({ scheduleId: draft.id, version: 0 }),
    );
    expect(state.message?.key).toBe("rotation.admin.errors.publishedChanged");
    expect((await db.rotationSchedule.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });
});
