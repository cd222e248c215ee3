// A secretary's commitment records: dated, described, submitted for review, own unit only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import {
  createMyCommitmentRecord,
  deleteMyCommitmentRecord,
  updateMyCommitmentRecord,
} from "@/lib/activities/commitments/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { beijingToday } from "@/lib/core/time/beijing";
import { createSecretary, createUnit } from "@/tests/factories";
import { createCommitmentRecord, createCommunity } from "@/tests/factories/commitments";
import { actAs, formData } from "@/tests/integration/helpers/session";

const year = 2026;

async function signedInSecretary() {
  const unit = await createUnit();
  const user = await createSecretary(unit.id);
  actAs(user);
  return { unit, user };
}

const backbone = (roster: string) => ({
  commitment: "BACKBONE_TEAM",
  title: "青年突击队",
  description: "组建 12 人的青年突击队",
  occurredOn: `${year}-05-04`,
  communityId: "",
  roster,
});

const edit = (id: number, version: number, over: Record<string, string | number> = {}) =>
  updateMyCommitmentRecord(
    initialFormState,
    formData({
      id,
      version,
      commitment: "YOUTH_PROJECT",
      title: "青年创业项目",
      description: "项目已结项",
      occurredOn: `${year}-09-01`,
      ...over,
    }),
  );

describe("commitment records", () => {
  it("submits a dated record for the secretary's own unit, ignoring a forged unit id, and audits it", async () => {
    const { unit, user } = await signedInSecretary();
    const other = await createUnit();
    const state = await createMyCommitmentRecord(
      initialFormState,
      formData({ ...backbone("张三\n\n 李四 \n"), unitId: other.id }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "activities.commitments.recordSubmitted" } });
    const record = await db.commitmentRecord.findUniqueOrThrow({ where: { id: Number(state.data!.id) } });
    expect(record).toMatchObject({
      unitId: unit.id,
      year,
      status: "SUBMITTED",
      roster: ["张三", "李四"],
      version: 0,
    });
    expect(record.occurredOn.toISOString().slice(0, 10)).toBe(`${year}-05-04`);
    expect(await db.commitmentRecord.count({ where: { unitId: other.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "commitmentRecord.submit", entityId: String(record.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, unitId: unit.id });
  });

  it("requires a description and a real date not in the future, and counts the record for the date's year", async () => {
    const { unit } = await signedInSecretary();
    const send = (over: Record<string, string>) =>
      createMyCommitmentRecord(initialFormState, formData({ ...backbone("张三"), ...over }));
    expect((await send({ description: "  " })).fieldErrors?.description).toEqual([
      { key: "core.validation.required" },
    ]);
    expect((await send({ occurredOn: "2026-02-30" })).fieldErrors?.occurredOn).toEqual([
      { key: "core.validation.date" },
    ]);
    const tomorrow = new Date(beijingToday().getTime() + 86_400_000).toISOString().slice(0, 10);
    expect((await send({ occurredOn: tomorrow })).fieldErrors?.occurredOn).toEqual([
      { key: "activities.commitments.dateInFuture" },
    ]);
    expect(await db.commitmentRecord.count({ where: { unitId: unit.id } })).toBe(0);
    expect((await send({ occurredOn: "2025-12-31" })).ok).toBe(true);
    expect((await db.commitmentRecord.findFirstOrThrow({ where: { unitId: unit.id } })).year).toBe(2025);
  });

  it("requires a beneficiary community for a livelihood matter, and an existing one", async () => {
    const { unit } = await signedInSecretary();
    const fields = { ...backbone(""), commitment: "LIVELIHOOD", title: "加装电梯" };
    const missing = await createMyCommitmentRecord(
      initialFormState,
      formData({ ...fields, communityId: "" }),
    );
    expect(missing.fieldErrors?.communityId).toEqual([{ key: "activities.commitments.communityRequired" }]);
    const unknown = await createMyCommitmentRecord(
      initialFormState,
      formData({ ...fields, communityId: 2_000_000_000 }),
    );
    expect(unknown.fieldErrors?.communityId).toEqual([{ key: "activities.commitments.communityMissing" }]);
    expect(await db.commitmentRecord.count({ where: { unitId: unit.id } })).toBe(0);

    const community = await createCommunity();
    expect(
      (await createMyCommitmentRecord(initialFormState, formData({ ...fields, communityId: community.id })))
        .ok,
    ).toBe(true);
    expect(await db.commitmentRecord.findFirstOrThrow({ where: { unitId: unit.id } })).toMatchObject({
      communityId: community.id,
      roster: [],
    });
  });

  it("requires a roster for a backbone team and bounds its size and names", async () => {
    const { unit } = await signedInSecretary();
    const send = (roster: string) => createMyCommitmentRecord(initialFormState, formData(backbone(roster)));
    expect((await send(" \n ")).fieldErrors?.roster).toEqual([
      { key: "activities.commitments.rosterRequired" },
    ]);
    const tooMany = Array.from({ length: 101 }, (_, i) => `队员${i}`).join("\n");
    expect((await send(tooMany)).fieldErrors?.roster).toEqual([
      { key: "activities.commitments.rosterTooMany" },
    ]);
    expect((await send(`张三\n${"名".repeat(31)}`)).fieldErrors?.roster).toEqual([
      { key: "activities.commitments.rosterNameTooLong" },
    ]);
    expect(await db.commitmentRecord.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("resubmits a returned record when the secretary fixes it, keeping the note, and refuses a stale form", async () => {
    const { unit, user } = await signedInSecretary();
    const record = await createCommitmentRecord(unit.id, year, "YOUTH_PROJECT", "RETURNED");
    const first = await edit(record.id, 0);
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const stale = await edit(record.id, 0, { title: "另一个标题" });
    expect(stale).toMatchObject({ ok: false, message: { key: "core.errors.staleVersion" } });
    expect(await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      title: "青年创业项目",
      status: "SUBMITTED",
      reviewNote: "请补充照片",
      version: 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "commitmentRecord.resubmit", entityId: String(record.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, unitId: unit.id });
  });

  it("never edits or deletes another unit's record, nor a confirmed one", async () => {
    const { unit } = await signedInSecretary();
    const foreign = await createCommitmentRecord((await createUnit()).id, year, "YOUTH_PROJECT", "SUBMITTED");
    expect(await edit(foreign.id, 0)).toMatchObject({
      ok: false,
      message: { key: "activities.commitments.recordNotFound" },
    });
    const removal = await deleteMyCommitmentRecord(
      initialFormState,
      formData({ id: foreign.id, version: 0 }),
    );
    expect(removal).toMatchObject({ ok: false, message: { key: "activities.commitments.recordNotFound" } });
    expect(await db.commitmentRecord.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({
      title: foreign.title,
      version: 0,
    });

    const confirmed = await createCommitmentRecord(unit.id, year, "YOUTH_PROJECT", "CONFIRMED");
    expect(await edit(confirmed.id, 0)).toMatchObject({
      ok: false,
      message: { key: "activities.commitments.recordConfirmed" },
    });
    expect(
      await deleteMyCommitmentRecord(initialFormState, formData({ id: confirmed.id, version: 0 })),
    ).toMatchObject({ ok: false, message: { key: "activities.commitments.recordConfirmed" } });
    expect(await db.commitmentRecord.findUnique({ where: { id: confirmed.id } })).not.toBeNull();
  });

  it("deletes a record only at the version shown, and audits it", async () => {
    const { unit } = await signedInSecretary();
    const record = await createCommitmentRecord(unit.id, year, "CULTURE_SPORTS", "SUBMITTED");
    await db.commitmentRecord.update({ where: { id: record.id }, data: { version: 1 } });
    const stale = await deleteMyCommitmentRecord(initialFormState, formData({ id: record.id, version: 0 }));
    expect(stale).toMatchObject({ ok: false, message: { key: "core.errors.staleVersion" } });
    const done = await deleteMyCommitmentRecord(initialFormState, formData({ id: record.id, version: 1 }));
    expect(done).toMatchObject({ ok: true, message: { key: "activities.commitments.recordDeleted" } });
    expect(await db.commitmentRecord.findUnique({ where: { id: record.id } })).toBeNull();
    expect(
      await db.auditLog.count({ where: { action: "commitmentRecord.delete", entityId: String(record.id) } }),
    ).toBe(1);
  });
});
