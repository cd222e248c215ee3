import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { editUser } from "@/lib/units/accounts/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { newPerson } from "@/tests/factories/users-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

let admin: { id: number; name: string };
beforeAll(async () => {
  admin = await createAdmin();
  actAs(admin);
});

async function versionOf(userId: number) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId } })).updatedAt.toISOString();
}

function edit(fields: Record<string, string | number>) {
  return editUser(initialFormState, formData(fields));
}

describe("editing an account", () => {
  it("changes name, mobile and email and records before and after", async () => {
    const unit = await createUnit();
    const user = await createSecretary(unit.id);
    const { name, mobile, email } = newPerson();
    const state = await edit({
      userId: user.id,
      version: await versionOf(user.id),
      name,
      mobile: ` ${mobile} `,
      email,
    });
    expect(state).toEqual({ ok: true, message: { key: "units.accounts.results.saved" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name,
      mobile,
      email,
    });

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.edit", entityId: String(user.id) },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      unitId: unit.id,
      before: { name: user.name, mobile: user.mobile },
      after: { name, mobile, email },
    });
  });

  it("refuses an edit made on a stale page and keeps the newer change", async () => {
    const user = await createSecretary((await createUnit()).id);
    const seen = await versionOf(user.id);
    expect((await edit({ userId: user.id, version: seen, name: "第一位管理员" })).ok).toBe(false); // mobile missing
    const first = await edit({ userId: user.id, version: seen, name: "第一位管理员", mobile: user.mobile! });
    expect(first.ok).toBe(true);

    const stale = await edit({ userId: user.id, version: seen, name: "第二位管理员", mobile: user.mobile! });
    expect(stale).toMatchObject({
      ok: false,
      message: { key: "core.errors.staleVersion" },
      values: { name: "第二位管理员" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("第一位管理员");
  });

  it("lets only one of two simultaneous edits from the same version win", async () => {
    const user = await createSecretary((await createUnit()).id);
    const version = await versionOf(user.id);
    const results = await Promise.all(
      ["甲", "乙"].map((name) => edit({ userId: user.id, version, name, mobile: user.mobile! })),
    );
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.message).toEqual({ key: "core.errors.staleVersion" });
  });

  it("refuses a mobile number another account uses, next to the field", async () => {
    const user = await createSecretary((await createUnit()).id);
    const other = await createSecretary((await createUnit()).id);
    const state = await edit({
      userId: user.id,
      version: await versionOf(user.id),
      name: user.name,
      mobile: other.mobile!,
    });
    expect(state.fieldErrors?.mobile).toEqual([{ key: "units.accounts.errors.mobileTaken" }]);
  });

  it("keeps a secretary's mobile required but lets an admin's be cleared", async () => {
    const secretary = await createSecretary((await createUnit()).id);
    const refused = await edit({
      userId: secretary.id,
      version: await versionOf(secretary.id),
      name: "某",
      mobile: "",
    });
    expect(refused.fieldErrors?.mobile).toEqual([{ key: "core.validation.required" }]);

    const other = await createAdmin({ mobile: newPerson().mobile });
    const cleared = await edit({
      userId: other.id,
      version: await versionOf(other.id),
      name: other.name,
      mobile: "",
    });
    expect(cleared.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).mobile).toBeNull();
  });

  it("refuses a malformed version as a field problem", async () => {
    const user = await createAdmin();
    const state = await edit({ userId: user.id, version: "yesterday", name: "x" });
    expect(state.fieldErrors?.version).toEqual([{ key: "core.validation.invalid" }]);
  });
});
