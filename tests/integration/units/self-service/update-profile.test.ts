import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { updateMyProfile } from "@/lib/units/self-service/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { freshMobile, userVersion } from "@/tests/factories/self-service";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function newSecretary() {
  return createSecretary((await createUnit()).id, { email: null });
}

const contact = (userId: number) =>
  db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, mobile: true, email: true } });

describe("updateMyProfile", () => {
  it("saves the secretary's name, mobile and e-mail, returns the new version and writes an audit record", async () => {
    const user = await newSecretary();
    const before = await contact(user.id);
    const mobile = freshMobile();
    actAs(user);
    const state = await updateMyProfile(
      initialFormState,
      formData({
        name: " 张傲雍 ",
        mobile: `${mobile.slice(0, 3)}-${mobile.slice(3, 7)} ${mobile.slice(7)}`,
        email: "zay@example.org",
        version: await userVersion(user.id),
      }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "units.selfService.profile.profileSaved" } });
    expect(await contact(user.id)).toEqual({ name: "张傲雍", mobile, email: "zay@example.org" });
    expect(state.data?.version).toBe(await userVersion(user.id));

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "account.updateProfile", entityId: String(user.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, entity: "User", unitId: user.unitId });
    expect(audit.before).toEqual(before);
    expect(audit.after).toEqual({ name: "张傲雍", mobile, email: "zay@example.org" });
  });

  it("refuses a mobile number another account uses, next to the field, and changes nothing", async () => {
    const other = await newSecretary();
    const user = await newSecretary();
    const before = await contact(user.id);
    actAs(user);
    const state = await updateMyProfile(
      initialFormState,
      formData({ name: "新名字", mobile: other.mobile!, email: "", version: await userVersion(user.id) }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.mobile).toEqual([{ key: "units.selfService.profile.mobileTaken" }]);
    expect(state.values).toMatchObject({ name: "新名字" });
    expect(await contact(user.id)).toEqual(before);
  });

  it("refuses a save based on an outdated page (stale version) and records nothing", async () => {
    const user = await newSecretary();
    const staleVersion = await userVersion(user.id);
    await db.user.update({ where: { id: user.id }, data: { name: "别处改过" } });
    actAs(user);
    const state = await updateMyProfile(
      initialFormState,
      formData({ name: "我的修改", mobile: freshMobile(), email: "", version: staleVersion }),
    );
    expect(state).toMatchObject({ ok: false, message: { key: "core.errors.staleVersion" } });
    expect((await contact(user.id)).name).toBe("别处改过");
    expect(await db.auditLog.count({ where: { entityId: String(user.id) } })).toBe(0);
  });

  it("lets exactly one of two concurrent saves of the same version win", async () => {
    const user = await newSecretary();
    const version = await userVersion(user.id);
    actAs(user);
    const results = await Promise.all(
      ["甲", "乙"].map((name) =>
        updateMyProfile(initialFormState, formData({ name, mobile: freshMobile(), email: "", version })),
      ),
    );
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.filter((state) => state.message?.key === "core.errors.staleVersion")).toHaveLength(1);
  });

  it("gives a mobile number claimed by two users at once to one of them; the other is told it is taken", async () => {
    const users = [await newSecretary(), await newSecretary()];
    const versions = await Promise.all(users.map((user) => userVersion(user.id)));
    const mobile = freshMobile();
    const results = await Promise.all(
      users.map(async (user, index) => {
        actAs(user);
        return updateMyProfile(
          initialFormState,
          formData({ name: user.name, mobile, email: "", version: versions[index] }),
        );
      }),
    );
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.fieldErrors?.mobile).toEqual([
      { key: "units.selfService.profile.mobileTaken" },
    ]);
    expect(await db.user.count({ where: { mobile } })).toBe(1);
  });

  it("ignores a forged user id: only the signed-in secretary's account changes", async () => {
    const victim = await newSecretary();
    const victimBefore = await contact(victim.id);
    const user = await newSecretary();
    actAs(user);
    const state = await updateMyProfile(
      initialFormState,
      formData({
        userId: victim.id,
        id: victim.id,
        name: "伪造",
        mobile: freshMobile(),
        email: "",
        version: await userVersion(user.id),
      }),
    );
    expect(state.ok).toBe(true);
    expect((await contact(user.id)).name).toBe("伪造");
    expect(await contact(victim.id)).toEqual(victimBefore);
  });

  it("reports invalid fields with catalog keys", async () => {
    const user = await newSecretary();
    actAs(user);
    const state = await updateMyProfile(
      initialFormState,
      formData({ name: "", mobile: "12345", email: "not-an-email", version: await userVersion(user.id) }),
    );
    expect(state.message).toEqual({ key: "core.validation.checkFields" });
    expect(state.fieldErrors).toMatchObject({
      name: [{ key: "core.validation.required" }],
      mobile: [{ key: "core.validation.mobile" }],
      email: [{ key: "core.validation.email" }],
    });
  });

  it("refuses admins, who have no /my workspace", async () => {
    const admin = await createAdmin();
    actAs(admin);
    const state = await updateMyProfile(
      initialFormState,
      formData({ name: "管理员", mobile: freshMobile(), email: "", version: await userVersion(admin.id) }),
    );
    expect(state).toMatchObject({ ok: false, message: { key: "core.errors.forbidden" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).name).toBe(admin.name);
  });
});
