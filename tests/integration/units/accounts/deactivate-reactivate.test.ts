import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { changePassword } from "@/lib/units/self-service/password/actions";
import { verifyCredentials } from "@/lib/core/auth/credentials";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addSecretary, deactivateUser, reactivateUser } from "@/lib/units/accounts/actions";
import { createAdmin, createSecretary, createUnit, factoryPassword } from "@/tests/factories";
import { newPerson } from "@/tests/factories/users-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

let admin: { id: number; name: string };
beforeAll(async () => {
  admin = await createAdmin();
});

const asAdmin = <T>(call: () => Promise<T>) => {
  actAs(admin);
  return call();
};
const deactivate = (userId: number) => asAdmin(() => deactivateUser(initialFormState, formData({ userId })));
const reactivate = (userId: number) => asAdmin(() => reactivateUser(initialFormState, formData({ userId })));

/** A server action the secretary may call: a wrong current password gets past sign-in and policy. */
function tryChangePassword() {
  return changePassword(
    initialFormState,
    formData({ currentPassword: "not-it", newPassword: "Another12345", confirmPassword: "Another12345" }),
  );
}

describe("deactivating and reactivating accounts", () => {
  it("treats a deactivated secretary as signed out from their next request on", async () => {
    const secretary = await createSecretary((await createUnit()).id);
    actAs(secretary);
    expect((await tryChangePassword()).message).toEqual({
      key: "units.selfService.profile.wrongCurrentPassword",
    });

    const state = await deactivate(secretary.id);
    expect(state).toMatchObject({ ok: true, message: { key: "units.accounts.results.deactivated" } });

    actAs(secretary); // the same session cookie as before
    expect((await tryChangePassword()).message).toEqual({ key: "core.errors.signInRequired" });
    const signIn = await verifyCredentials(
      db,
      { identifier: secretary.login, password: factoryPassword },
      "10.1.0.1",
    );
    expect(signIn.ok).toBe(false);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.deactivate", entityId: String(secretary.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id, before: { active: true }, after: { active: false } });
  });

  it("gives access back on reactivation, with the same password", async () => {
    const secretary = await createSecretary((await createUnit()).id, { active: false });
    expect((await reactivate(secretary.id)).message).toEqual({ key: "units.accounts.results.reactivated" });
    actAs(secretary);
    expect((await tryChangePassword()).message).toEqual({
      key: "units.selfService.profile.wrongCurrentPassword",
    });
  });

  it("reactivates a secretary only while nobody else holds their role in the unit", async () => {
    const unit = await createUnit();
    const first = await createSecretary(unit.id);
    await deactivate(first.id);
    const added = await asAdmin(() =>
      addSecretary(initialFormState, formData({ unitId: unit.id, unitRole: "PRIMARY", ...newPerson() })),
    );
    expect(added.ok).toBe(true);

    expect((await reactivate(first.id)).message).toEqual({ key: "units.accounts.errors.primaryTaken" });
    expect((await db.user.findUniqueOrThrow({ where: { id: first.id } })).active).toBe(false);

    await deactivate(Number(added.data?.userId));
    expect((await reactivate(first.id)).ok).toBe(true);
  });

  it("lets only one of two deactivated primaries come back when both are reactivated at once", async () => {
    const unit = await createUnit();
    const a = await createSecretary(unit.id, { active: false });
    const b = await createSecretary(unit.id, { active: false });
    actAs(admin);
    const results = await Promise.all([
      reactivateUser(initialFormState, formData({ userId: a.id })),
      reactivateUser(initialFormState, formData({ userId: b.id })),
    ]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.message).toEqual({
      key: "units.accounts.errors.primaryTaken",
    });
    expect(await db.user.count({ where: { unitId: unit.id, active: true } })).toBe(1);
  });

  it("does not reactivate a secretary of a withdrawn unit", async () => {
    const secretary = await createSecretary((await createUnit({ status: "WITHDRAWN" })).id, {
      active: false,
    });
    expect((await reactivate(secretary.id)).message).toEqual({ key: "units.accounts.errors.unitWithdrawn" });
  });

  it("says so when the account already has the requested state or does not exist", async () => {
    const secretary = await createSecretary((await createUnit()).id);
    expect((await reactivate(secretary.id)).message).toEqual({ key: "units.accounts.errors.alreadyActive" });
    await deactivate(secretary.id);
    expect((await deactivate(secretary.id)).message).toEqual({
      key: "units.accounts.errors.alreadyInactive",
    });
    expect((await deactivate(2_000_000_000)).message).toEqual({ key: "units.accounts.errors.userNotFound" });
  });
});
