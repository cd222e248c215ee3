import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { verifyCredentials } from "@/lib/core/auth/credentials";
import { initialFormState } from "@/lib/core/forms/form-state";
import { DomainError } from "@/lib/core/errors";
import { insertAccount } from "@/lib/units/accounts/account-rules";
import { addSecretary } from "@/lib/units/accounts/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { newPerson } from "@/tests/factories/users-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

function add(unitId: number, unitRole: string, person = newPerson()) {
  return addSecretary(initialFormState, formData({ unitId, unitRole, ...person }));
}

beforeAll(async () => {
  actAs(await createAdmin());
});

describe("adding a secretary", () => {
  it("creates the primary with a temporary password shown once that must be changed", async () => {
    const unit = await createUnit();
    const person = newPerson({ login: `  Wang-${Date.now()}  ` });
    const state = await add(unit.id, "PRIMARY", person);
    expect(state).toMatchObject({ ok: true, message: { key: "units.accounts.results.secretaryAdded" } });
    const temporaryPassword = String(state.data?.temporaryPassword);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);

    const user = await db.user.findUniqueOrThrow({ where: { id: Number(state.data?.userId) } });
    expect(user).toMatchObject({
      login: person.login.trim().toLowerCase(),
      role: "SECRETARY",
      unitId: unit.id,
      unitRole: "PRIMARY",
      active: true,
      mustChangePassword: true,
      mobile: person.mobile,
    });
    const signIn = await verifyCredentials(
      db,
      { identifier: user.login, password: temporaryPassword },
      "10.0.0.1",
    );
    expect(signIn.ok).toBe(true);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.addSecretary", entityId: String(user.id) },
    });
    expect(audit.unitId).toBe(unit.id);
    const logged = JSON.stringify([audit.before, audit.after]);
    expect(logged).not.toContain(temporaryPassword);
    expect(logged).not.toContain("$2"); // no bcrypt hash either
  });

  it("adds a deputy beside the primary", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id);
    const state = await add(unit.id, "DEPUTY");
    expect(state.ok).toBe(true);
    expect(await db.user.count({ where: { unitId: unit.id, active: true } })).toBe(2);
  });

  it("refuses a second active primary next to the role field; a deactivated one does not count", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { active: false });
    expect((await add(unit.id, "PRIMARY")).ok).toBe(true);

    const state = await add(unit.id, "PRIMARY");
    expect(state).toMatchObject({ ok: false, message: { key: "units.accounts.errors.primaryTaken" } });
    expect(state.fieldErrors?.unitRole).toEqual([{ key: "units.accounts.errors.primaryTaken" }]);
    expect(await db.user.count({ where: { unitId: unit.id, unitRole: "PRIMARY", active: true } })).toBe(1);
  });

  it("lets exactly one of three simultaneous adds of a unit's deputy win", async () => {
    const unit = await createUnit();
    const results = await Promise.all([
      add(unit.id, "DEPUTY"),
      add(unit.id, "DEPUTY"),
      add(unit.id, "DEPUTY"),
    ]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    for (const state of results.filter((result) => !result.ok)) {
      expect(state.message).toEqual({ key: "units.accounts.errors.deputyTaken" });
    }
    expect(await db.user.count({ where: { unitId: unit.id, unitRole: "DEPUTY" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.addSecretary", unitId: unit.id } })).toBe(1);
  });

  it("maps the partial unique index itself to the same refusal when a pre-check is passed by", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { unitRole: "DEPUTY" });
    const attempt = db.$transaction((tx) =>
      insertAccount(
        tx,
        {
          ...newPerson(),
          email: null,
          passwordHash: "!",
          role: "SECRETARY",
          unitId: unit.id,
          unitRole: "DEPUTY",
        },
        "unitRole",
      ),
    );
    await expect(attempt).rejects.toMatchObject({
      key: "units.accounts.errors.deputyTaken",
      field: "unitRole",
    });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
  });

  it("refuses a login or mobile already used, even by a deactivated account, per field", async () => {
    const unit = await createUnit();
    const existing = await createSecretary((await createUnit()).id, { active: false });

    const loginState = await add(unit.id, "PRIMARY", newPerson({ login: existing.login.toUpperCase() }));
    expect(loginState.fieldErrors?.login).toEqual([{ key: "units.accounts.errors.loginTaken" }]);

    const mobileState = await add(unit.id, "PRIMARY", newPerson({ mobile: existing.mobile! }));
    expect(mobileState.fieldErrors?.mobile).toEqual([{ key: "units.accounts.errors.mobileTaken" }]);
    expect(await db.user.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("refuses a withdrawn unit but accepts a suspended one", async () => {
    const withdrawn = await createUnit({ status: "WITHDRAWN" });
    const state = await add(withdrawn.id, "PRIMARY");
    expect(state).toMatchObject({ ok: false, message: { key: "units.accounts.errors.unitWithdrawn" } });
    expect(state.fieldErrors?.unitId).toEqual([{ key: "units.accounts.errors.unitWithdrawn" }]);

    const suspended = await createUnit({ status: "SUSPENDED" });
    expect((await add(suspended.id, "PRIMARY")).ok).toBe(true);
  });

  it("checks the fields: login shape, required mobile, role and unit", async () => {
    const state = await addSecretary(
      initialFormState,
      formData({ unitId: "x", unitRole: "BOSS", login: "13912345678", name: "", mobile: "", email: "nope" }),
    );
    expect(state.message).toEqual({ key: "core.validation.checkFields" });
    expect(state.fieldErrors).toMatchObject({
      unitId: [{ key: "core.validation.invalid" }],
      unitRole: [{ key: "core.validation.choice" }],
      login: [{ key: "units.accounts.validation.login" }],
      name: [{ key: "core.validation.required" }],
      mobile: [{ key: "core.validation.mobile" }],
      email: [{ key: "core.validation.email" }],
    });
  });

  it("reports a unit that does not exist", async () => {
    const state = await add(2_000_000_000, "PRIMARY");
    expect(state.message).toEqual({ key: "units.accounts.errors.unitNotFound" });
  });
});
