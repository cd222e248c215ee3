import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addAdmin, deactivateUser, editUser } from "@/lib/units/accounts/actions";
import { deactivateUser as deactivateMutation } from "@/lib/units/accounts/set-user-active";
import { createAdmin } from "@/tests/factories";
import { keepOnlyAdmins, newPerson } from "@/tests/factories/users-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

// Tests here change which admins are active, so they run one after another (Vitest's default
// within a file) and each sets the state it needs with keepOnlyAdmins.

function deactivateAs(actor: { id: number; name: string }, userId: number) {
  actAs(actor);
  return deactivateUser(initialFormState, formData({ userId }));
}

describe("admin accounts", () => {
  it("adds an admin without a unit, with a temporary password to change", async () => {
    actAs(await createAdmin());
    const person = newPerson({ mobile: "" });
    const state = await addAdmin(initialFormState, formData(person));
    expect(state).toMatchObject({ ok: true, message: { key: "units.accounts.results.adminAdded" } });
    const created = await db.user.findUniqueOrThrow({ where: { id: Number(state.data?.userId) } });
    expect(created).toMatchObject({
      login: person.login,
      role: "ADMIN",
      unitId: null,
      unitRole: null,
      mobile: null,
      mustChangePassword: true,
      active: true,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.addAdmin", entityId: String(created.id) },
    });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(String(state.data?.temporaryPassword));
  });

  it("never deactivates the last active admin, not even by themselves", async () => {
    const only = await createAdmin();
    await keepOnlyAdmins(only.id);
    const state = await deactivateAs(only, only.id);
    expect(state).toMatchObject({ ok: false, message: { key: "units.accounts.errors.lastAdmin" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: only.id } })).active).toBe(true);
  });

  it("lets an admin deactivate another admin, and themselves while another remains, then signs them out", async () => {
    const [a, b, c] = [await createAdmin(), await createAdmin(), await createAdmin()];
    await keepOnlyAdmins(a.id, b.id, c.id);
    expect((await deactivateAs(a, c.id)).ok).toBe(true);

    const self = await deactivateAs(a, a.id);
    expect(self).toMatchObject({ ok: true, data: { selfDeactivated: true } });
    actAs(a);
    const after = await editUser(
      initialFormState,
      formData({ userId: b.id, version: new Date().toISOString(), name: "x" }),
    );
    expect(after.message).toEqual({ key: "core.errors.signInRequired" });
    expect((await deactivateAs(b, b.id)).message).toEqual({ key: "units.accounts.errors.lastAdmin" });
  });

  it("lets exactly one of two simultaneous deactivations of the last two admins succeed", async () => {
    for (let round = 0; round < 5; round += 1) {
      const [a, b] = [await createAdmin(), await createAdmin()];
      await keepOnlyAdmins(a.id, b.id);
      // Each deactivates the other at the same moment (the mutations, where the lock lives).
      const results = await Promise.allSettled([
        deactivateMutation(a.id, b.id),
        deactivateMutation(b.id, a.id),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected");
      expect(refused?.reason).toBeInstanceOf(DomainError);
      expect((refused?.reason as DomainError).key).toBe("units.accounts.errors.lastAdmin");
      expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    }
  });

  it("lets exactly one of two admins deactivating themselves at once succeed", async () => {
    const [a, b] = [await createAdmin(), await createAdmin()];
    await keepOnlyAdmins(a.id, b.id);
    const results = await Promise.allSettled([
      deactivateMutation(a.id, a.id),
      deactivateMutation(b.id, b.id),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});
