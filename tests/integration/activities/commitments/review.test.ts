// The admin's review of commitment records: confirm or return with a note, one decision wins.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import {
  confirmCommitment,
  returnCommitment,
  updateMyCommitmentRecord,
} from "@/lib/activities/commitments/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createCommitmentRecord } from "@/tests/factories/commitments";
import { actAs, formData } from "@/tests/integration/helpers/session";

const year = 2026;

async function submittedRecord() {
  const unit = await createUnit();
  const secretary = await createSecretary(unit.id);
  const record = await createCommitmentRecord(unit.id, year, "STUDY_EXCHANGE", "SUBMITTED", {
    title: "青年读书会",
  });
  return { unit, secretary, record };
}

const confirm = (id: number, version: number) =>
  confirmCommitment(initialFormState, formData({ id, version }));
const giveBack = (id: number, version: number, note: string) =>
  returnCommitment(initialFormState, formData({ id, version, note }));

describe("reviewing commitment records", () => {
  it("returns a record with a note, the unit fixes and resubmits it, then the admin confirms it", async () => {
    const { unit, secretary, record } = await submittedRecord();
    const admin = await createAdmin();
    actAs(admin);
    expect(await giveBack(record.id, 0, "请补充活动照片")).toMatchObject({
      ok: true,
      message: { key: "activities.commitments.returned" },
    });
    expect(await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      status: "RETURNED",
      reviewNote: "请补充活动照片",
      version: 1,
    });
    const returned = await db.notification.findFirstOrThrow({
      where: { userId: secretary.id, kind: "COMMITMENT_RETURNED" },
    });
    expect(returned.values).toMatchObject({ title: "青年读书会", reason: "请补充活动照片" });

    actAs(secretary);
    const fixed = await updateMyCommitmentRecord(
      initialFormState,
      formData({
        id: record.id,
        version: 1,
        commitment: "STUDY_EXCHANGE",
        title: "青年读书会",
        description: "补充了照片和参加人数",
        occurredOn: `${year}-04-23`,
      }),
    );
    expect(fixed).toMatchObject({ ok: true, data: { version: 2 } });

    actAs(admin);
    expect(await confirm(record.id, 2)).toMatchObject({
      ok: true,
      message: { key: "activities.commitments.confirmed" },
    });
    expect(await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      status: "CONFIRMED",
      reviewNote: "",
      version: 3,
    });
    expect(
      await db.notification.count({ where: { userId: secretary.id, kind: "COMMITMENT_CONFIRMED" } }),
    ).toBe(1);
    const audits = await db.auditLog.findMany({
      where: { entity: "CommitmentRecord", entityId: String(record.id) },
      orderBy: { id: "asc" },
      select: { action: true, unitId: true },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "commitmentRecord.return",
      "commitmentRecord.resubmit",
      "commitmentRecord.confirm",
    ]);
    expect(audits.every((a) => a.unitId === unit.id)).toBe(true);
  });

  it("needs a note to return a record, and the database refuses a returned record without one", async () => {
    const { record } = await submittedRecord();
    actAs(await createAdmin());
    expect((await giveBack(record.id, 0, "  ")).fieldErrors?.note).toEqual([
      { key: "core.validation.required" },
    ]);
    expect((await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } })).status).toBe(
      "SUBMITTED",
    );
    await expect(
      db.commitmentRecord.update({
        where: { id: record.id },
        data: { status: "RETURNED", reviewedAt: new Date() },
      }),
    ).rejects.toThrow(/returned_note_check/);
  });

  it("lets only admins review", async () => {
    const { secretary, record } = await submittedRecord();
    actAs(secretary);
    expect(await confirm(record.id, 0)).toMatchObject({
      ok: false,
      message: { key: "core.errors.forbidden" },
    });
    expect(await giveBack(record.id, 0, "自己退回")).toMatchObject({
      ok: false,
      message: { key: "core.errors.forbidden" },
    });
    expect((await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } })).status).toBe(
      "SUBMITTED",
    );
  });

  it("refuses a decision on a stale page and on a record no longer waiting for review", async () => {
    const { record } = await submittedRecord();
    actAs(await createAdmin());
    await db.commitmentRecord.update({ where: { id: record.id }, data: { version: 4 } });
    expect(await confirm(record.id, 3)).toMatchObject({
      ok: false,
      message: { key: "core.errors.staleVersion" },
    });
    expect(await confirm(record.id, 4)).toMatchObject({ ok: true });
    expect(await giveBack(record.id, 5, "再看看")).toMatchObject({
      ok: false,
      message: { key: "activities.commitments.notSubmitted" },
    });
    expect((await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } })).status).toBe(
      "CONFIRMED",
    );
  });

  it("lets exactly one of a concurrent confirm and return win, and tells the other the record changed", async () => {
    const { secretary, record } = await submittedRecord();
    actAs(await createAdmin());
    const results = await Promise.all([confirm(record.id, 0), giveBack(record.id, 0, "材料不全")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: { key: "core.errors.staleVersion" } });
    const after = await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(after.version).toBe(1);
    expect(after.status).toBe(results[0]!.ok ? "CONFIRMED" : "RETURNED");
    expect(
      await db.notification.count({
        where: { userId: secretary.id, kind: { in: ["COMMITMENT_CONFIRMED", "COMMITMENT_RETURNED"] } },
      }),
    ).toBe(1);
  });
});
