import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { changePassword } from "@/lib/units/self-service/password/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { verifyPassword } from "@/lib/core/auth/password";
import { createSecretary, createUnit, factoryPassword } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function storedHash(userId: number) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } }))
    .passwordHash;
}

describe("changePassword", () => {
  it("replaces the password, clears a forced change and writes an audit record without secrets", async () => {
    const user = await createSecretary((await createUnit()).id, { mustChangePassword: true });
    actAs(user);
    const state = await changePassword(
      initialFormState,
      formData({
        currentPassword: factoryPassword,
        newPassword: "NewPassword123",
        confirmPassword: "NewPassword123",
      }),
    );
    expect(state).toEqual({ ok: true, message: { key: "units.selfService.profile.passwordChanged" } });
    expect(await verifyPassword("NewPassword123", await storedHash(user.id))).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "account.changePassword", entityId: String(user.id) },
    });
    expect(audit.actorId).toBe(user.id);
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("NewPassword123");
  });

  it("refuses a wrong current password next to that field and changes nothing", async () => {
    const user = await createSecretary((await createUnit()).id);
    const before = await storedHash(user.id);
    actAs(user);
    const state = await changePassword(
      initialFormState,
      formData({
        currentPassword: "wrong",
        newPassword: "NewPassword123",
        confirmPassword: "NewPassword123",
      }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.currentPassword).toEqual([
      { key: "units.selfService.profile.wrongCurrentPassword" },
    ]);
    expect(state.values).not.toHaveProperty("currentPassword");
    expect(await storedHash(user.id)).toBe(before);
  });

  it("reports a weak or mismatched new password per field", async () => {
    const user = await createSecretary((await createUnit()).id);
    actAs(user);
    const state = await changePassword(
      initialFormState,
      formData({ currentPassword: factoryPassword, newPassword: "short", confirmPassword: "other" }),
    );
    expect(state.fieldErrors?.newPassword).toEqual([{ key: "core.validation.passwordWeak" }]);
    expect(state.message).toEqual({ key: "core.validation.checkFields" });
  });

  it("asks anonymous callers to sign in", async () => {
    actAs(null);
    const state = await changePassword(
      initialFormState,
      formData({ currentPassword: "x", newPassword: "y", confirmPassword: "y" }),
    );
    expect(state).toMatchObject({ ok: false, message: { key: "core.errors.signInRequired" } });
  });
});
