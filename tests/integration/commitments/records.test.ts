import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createMyCommitmentRecord,
  deleteMyCommitmentRecord,
  updateMyCommitmentRecord,
} from "@/lib/commitments/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "../../factories";
import { createCommitmentRecord, createCommunity } from "../../factories/commitments";
import { actAs, formData } from "../helpers/session";

const year = 2026;

async function signedInSecretary() {
  const unit = await createUnit();
  const user = await createSecretary(unit.id);
  actAs(user);
  return { unit, user };
}

const backbone = (roster: string) => ({
  year,
  commitment: "BACKBONE_TEAM",
  title: "青年突击队",
  description: "",
  status: "DONE",
  communityId: "",
  roster,
});

describe("commitment records", () => {
  it("adds a record to the secretary's own unit, ignoring a forged unit id, and audits it", async () => {
    const { unit, user } = await signedInSecretary();
    const other = await createUnit();
    const state = await createMyCommitmentRecord(
      initialFormState,
      formData({ ...backbone("张三\n\n 李四 \n"), unitId: other.id }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "commitments.recordCreated" } });
    const record = await db.commitmentRecord.findUniqueOrThrow({ where: { id: Number(state.data!.id) } });
    expect(record).toMatchObject({
      unitId: unit.id,
      year,
      status: "DONE",
      roster: ["张三", "李四"],
      version: 0,
    });
    expect(await db.commitmentRecord.count({ where: { unitId: other.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "commitmentRecord.create", entityId: String(record.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, unitId: unit.id });
  });

  it("requires a beneficiary community for a livelihood matter, and an existing one", async () => {
    const { unit } = await signedInSecretary();
    const fields = { year, commitment: "LIVELIHOOD", title: "加装电梯", status: "IN_PROGRESS", roster: "" };
    const missing = await createMyCommitmentRecord(
      initialFormState,
      formData({ ...fields, communityId: "" }),
    );
    expect(missing.fieldErrors?.communityId).toEqual([{ key: "commitments.communityRequired" }]);
    const unknown = await createMyCommitmentRecord(
      initialFormState,
      formData({ ...fields, communityId: 2_000_000_000 }),
    );
    expect(unknown.fieldErrors?.communityId).toEqual([{ key: "commitments.communityMissing" }]);
    expect(await db.commitmentRecord.count({ where: { unitId: unit.id } })).toBe(0);

    const community = await createCommunity();
    const ok = await createMyCommitmentRecord(
      initialFormState,
      formData({ ...fields, communityId: community.id }),
    );
    expect(ok.ok).toBe(true);
    expect(await db.commitmentRecord.findFirstOrThrow({ where: { unitId: unit.id } })).toMatchObject({
      communityId: community.id,
      roster: [],
    });
  });

  it("requires a roster for a backbone team and bounds its size and names", async () => {
    const { unit } = await signedInSecretary();
    const send = (roster: string) => createMyCommitmentRecord(initialFormState, formData(backbone(roster)));
    expect((await send(" \n ")).fieldErrors?.roster).toEqual([{ key: "commitments.rosterRequired" }]);
    const tooMany = Array.from({ length: 101 }, (_, i) => `队员${i}`).join("\n");
    expect((await send(tooMany)).fieldErrors?.roster).toEqual([{ key: "commitments.rosterTooMany" }]);
    expect((await send(`张三\n${"名".repeat(31)}`)).fieldErrors?.roster).toEqual([
      { key: "commitments.rosterNameTooLong" },
    ]);
    expect(await db.commitmentRecord.count({ where: { unitId: unit.id } })).toBe(0);

    const full = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, "0")}${"名".repeat(27)}`);
    expect((await send(full.join("\n"))).ok).toBe(true);
    expect((await db.commitmentRecord.findFirstOrThrow({ where: { unitId: unit.id } })).roster).toEqual(full);
  });

  it("applies an edit at the current version and refuses a stale one", async () => {
    const { unit, user } = await signedInSecretary();
    const record = await createCommitmentRecord(unit.id, year, "YOUTH_PROJECT", "IN_PROGRESS");
    const edit = (title: string, version: number) =>
      updateMyCommitmentRecord(
        initialFormState,
        formData({
          id: record.id,
          version,
          commitment: "YOUTH_PROJECT",
          title,
          status: "DONE",
          communityId: "",
        }),
      );
    const first = await edit("青年创业项目", 0);
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const stale = await edit("另一个标题", 0);
    expect(stale).toMatchObject({ ok: false, message: { key: "errors.staleVersion" } });
    expect(await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      title: "青年创业项目",
      status: "DONE",
      version: 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "commitmentRecord.update", entityId: String(record.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, unitId: unit.id });
    expect(audit.before).toMatchObject({ status: "IN_PROGRESS" });
    expect(audit.after).toMatchObject({ status: "DONE" });
  });

  it("drops the roster when a record stops being a backbone team", async () => {
    const { unit } = await signedInSecretary();
    const record = await createCommitmentRecord(unit.id, year, "BACKBONE_TEAM", "DONE", { roster: ["张三"] });
    const state = await updateMyCommitmentRecord(
      initialFormState,
      formData({
        id: record.id,
        version: 0,
        commitment: "YOUTH_PROJECT",
        title: "项目",
        status: "DONE",
        roster: "张三",
      }),
    );
    expect(state.ok).toBe(true);
    expect((await db.commitmentRecord.findUniqueOrThrow({ where: { id: record.id } })).roster).toEqual([]);
  });

  it("never edits or deletes another unit's record, whatever id the form carries", async () => {
    await signedInSecretary();
    const foreign = await createCommitmentRecord(
      (await createUnit()).id,
      year,
      "YOUTH_PROJECT",
      "IN_PROGRESS",
    );
    const edit = await updateMyCommitmentRecord(
      initialFormState,
      formData({ id: foreign.id, version: 0, commitment: "YOUTH_PROJECT", title: "篡改", status: "DONE" }),
    );
    expect(edit).toMatchObject({ ok: false, message: { key: "commitments.recordNotFound" } });
    const removal = await deleteMyCommitmentRecord(
      initialFormState,
      formData({ id: foreign.id, version: 0 }),
    );
    expect(removal).toMatchObject({ ok: false, message: { key: "commitments.recordNotFound" } });
    expect(await db.commitmentRecord.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({
      title: foreign.title,
      status: "IN_PROGRESS",
      version: 0,
    });
  });

  it("deletes at the current version with an audit record and refuses a stale delete", async () => {
    const { unit, user } = await signedInSecretary();
    const record = await createCommitmentRecord(unit.id, year, "CULTURE_SPORTS", "DONE");
    await db.commitmentRecord.update({ where: { id: record.id }, data: { version: 1 } });
    const stale = await deleteMyCommitmentRecord(initialFormState, formData({ id: record.id, version: 0 }));
    expect(stale).toMatchObject({ ok: false, message: { key: "errors.staleVersion" } });
    const done = await deleteMyCommitmentRecord(initialFormState, formData({ id: record.id, version: 1 }));
    expect(done).toMatchObject({ ok: true, message: { key: "commitments.recordDeleted" } });
    expect(await db.commitmentRecord.findUnique({ where: { id: record.id } })).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "commitmentRecord.delete", entityId: String(record.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, unitId: unit.id });
  });

  it("refuses admins, who have no unit of their own", async () => {
    actAs(await createAdmin());
    const state = await createMyCommitmentRecord(initialFormState, formData(backbone("张三")));
    expect(state).toMatchObject({ ok: false, message: { key: "errors.forbidden" } });
  });
});
