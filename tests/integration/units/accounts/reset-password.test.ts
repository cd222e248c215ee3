import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { changePassword } from "@/lib/units/self-service/password/actions";
import { verifyCredentials } from "@/lib/core/auth/credentials";
import { signInKeys, signInLimits } from "@/lib/core/auth/rate-limit";
import { initialFormState } from "@/lib/core/forms/form-state";
import { editUser, resetPassword } from "@/lib/units/accounts/actions";
import { createAdmin, createSecretary, createUnit, factoryPassword } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";

let admin: { id: number; name: string };
beforeAll(async () => {
  admin = await createAdmin();
});

async function reset(userId: number) {
  actAs(admin);
  return resetPassword(initialFormState, formData({ userId }));
}

describe("resetting a password", () => {
  it("issues a temporary password that signs in, forces a change, and replaces the old one", async () => {
    const user = await createSecretary((await createUnit()).id);
    const state = await reset(user.id);
    expect(state).toMatchObject({ ok: true, message: { key: "units.accounts.results.passwordReset" } });
    const temporary = String(state.data?.temporaryPassword);
    expect(temporary).toMatch(/^.{12,}$/);

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.mustChangePassword).toBe(true);
    expect(
      (await verifyCredentials(db, { identifier: user.login, password: temporary }, "10.2.0.1")).ok,
    ).toBe(true);
    expect(
      (await verifyCredentials(db, { identifier: user.login, password: factoryPassword }, "10.2.0.1")).ok,
    ).toBe(false);

    // Until a new password is chosen, every other action is refused…
    actAs(user);
    const blocked = await editUser(
      initialFormState,
      formData({ userId: user.id, version: new Date().toISOString(), name: "x" }),
    );
    expect(blocked.message).toEqual({ key: "core.errors.passwordChangeRequired" });
    // …and choosing one with the temporary password as the current one lifts the requirement.
    const changed = await changePassword(
      initialFormState,
      formData({
        currentPassword: temporary,
        newPassword: "MyOwnPass2024",
        confirmPassword: "MyOwnPass2024",
      }),
    );
    expect(changed.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
  });

  it("lifts the sign-in delays on the login and the mobile from every address", async () => {
    const user = await createSecretary((await createUnit()).id);
    for (const [identifier, ip] of [
      [user.login, "10.2.0.8"],
      [user.mobile!, "10.2.0.9"],
    ] as const) {
      for (let i = 0; i < signInLimits.pair.freeAttempts; i += 1) {
        await verifyCredentials(db, { identifier, password: "wrong" }, ip);
      }
      const locked = await verifyCredentials(db, { identifier, password: factoryPassword }, ip);
      expect(locked).toMatchObject({ ok: false, reason: "rate-limited" });
    }

    const temporary = String((await reset(user.id)).data?.temporaryPassword);
    const pairs = [signInKeys(user.login, "10.2.0.8").pair, signInKeys(user.mobile!, "10.2.0.9").pair];
    expect(await db.rateLimitCounter.count({ where: { key: { in: pairs } } })).toBe(0);
    expect(
      (await verifyCredentials(db, { identifier: user.mobile!, password: temporary }, "10.2.0.9")).ok,
    ).toBe(true);
  });

  it("audits the reset without the password or its hash", async () => {
    const user = await createSecretary((await createUnit()).id);
    const temporary = String((await reset(user.id)).data?.temporaryPassword);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.resetPassword", entityId: String(user.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id, after: { mustChangePassword: true } });
    const logged = JSON.stringify([audit.before, audit.after]);
    expect(logged).not.toContain(temporary);
    expect(logged).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("reports an account that does not exist", async () => {
    expect((await reset(2_000_000_000)).message).toEqual({ key: "units.accounts.errors.userNotFound" });
  });
});
