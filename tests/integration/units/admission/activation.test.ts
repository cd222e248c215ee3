import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { noPasswordHash, verifyPassword } from "@/lib/core/auth/password";
import { verifyCredentials } from "@/lib/core/auth/credentials";
import { activateAccount } from "@/lib/units/admission/activation/actions";
import { checkToken } from "@/lib/units/admission/activation/activate-account";
import { createSecretary, createUnit, uniqueSuffix } from "@/tests/factories";
import { createAccountToken } from "@/tests/factories/membership";
import { actAs, formData } from "@/tests/integration/helpers/session";

const password = "Activate2026ok";
const activate = (token: string, newPassword = password, confirmPassword = newPassword) =>
  activateAccount(initialFormState, formData({ token, newPassword, confirmPassword }));
const ip = () => `10.9.0.${uniqueSuffix()}`;

async function awaitingActivation() {
  return createSecretary((await createUnit()).id, { passwordHash: noPasswordHash, activatedAt: null });
}

beforeEach(() => actAs(null));

describe("activating an account through its link", () => {
  it("sets the password, marks the account activated and the token used; then the secretary signs in", async () => {
    const user = await awaitingActivation();
    const token = await createAccountToken(user.id);
    // Before activation nobody can sign in, whatever they type ("!" matches no password).
    expect(await verifyCredentials(db, { identifier: user.login, password: "!" }, ip())).toMatchObject({
      ok: false,
    });

    const state = await activate(token);
    expect(state).toMatchObject({
      ok: true,
      message: { key: "units.admission.apply.activation.done" },
      data: { login: user.login },
    });
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, activatedAt: true },
    });
    expect(await verifyPassword(password, stored.passwordHash)).toBe(true);
    expect(stored.activatedAt).toBeInstanceOf(Date);
    expect((await db.accountToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeInstanceOf(
      Date,
    );
    expect(
      await db.auditLog.count({
        where: { action: "account.activate", entityId: String(user.id), actorId: null },
      }),
    ).toBe(1);
    expect(await verifyCredentials(db, { identifier: user.login, password }, ip())).toMatchObject({
      ok: true,
    });
  });

  it("refuses the same link a second time and keeps the first password", async () => {
    const user = await awaitingActivation();
    const token = await createAccountToken(user.id);
    expect((await activate(token)).ok).toBe(true);
    const replay = await activate(token, "Different2026x");
    expect(replay).toMatchObject({ ok: false, message: { key: "units.admission.apply.activation.used" } });
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(password, stored.passwordHash)).toBe(true);
  });

  it("lets exactly one of two simultaneous submissions of the same link through", async () => {
    const user = await awaitingActivation();
    const token = await createAccountToken(user.id);
    const results = await Promise.all([activate(token, "FirstPass2026"), activate(token, "SecondPass2026")]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.message).toEqual({
      key: "units.admission.apply.activation.used",
    });
    const winner = results[0]!.ok ? "FirstPass2026" : "SecondPass2026";
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(winner, stored.passwordHash)).toBe(true);
    expect(
      await db.auditLog.count({ where: { action: "account.activate", entityId: String(user.id) } }),
    ).toBe(1);
  });

  it("refuses an expired link", async () => {
    const user = await awaitingActivation();
    const token = await createAccountToken(user.id, { expiresAt: new Date(Date.now() - 1000) });
    expect((await checkToken(token)).state).toBe("expired");
    expect(await activate(token)).toMatchObject({
      ok: false,
      message: { key: "units.admission.apply.activation.expired" },
    });
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, activatedAt: true },
    });
    expect(stored).toEqual({ passwordHash: noPasswordHash, activatedAt: null });
  });

  it.each([
    ["an unknown token", "A".repeat(43)],
    ["a malformed token", "../../etc/passwd"],
  ])("refuses %s as invalid", async (_label, token) => {
    expect((await checkToken(token)).state).toBe("invalid");
    expect(await activate(token)).toMatchObject({
      ok: false,
      message: { key: "units.admission.apply.activation.invalid" },
    });
  });

  it("refuses the link of a deactivated account", async () => {
    const user = await createSecretary((await createUnit()).id, {
      passwordHash: noPasswordHash,
      activatedAt: null,
      active: false,
    });
    const token = await createAccountToken(user.id);
    expect(await activate(token)).toMatchObject({
      ok: false,
      message: { key: "units.admission.apply.activation.invalid" },
    });
  });

  it("checks the new password like any other", async () => {
    const token = await createAccountToken((await awaitingActivation()).id);
    const state = await activate(token, "short", "other");
    expect(state.fieldErrors?.newPassword).toEqual([{ key: "core.validation.passwordWeak" }]);
    expect(state.values).not.toHaveProperty("token");
    expect((await checkToken(token)).state).toBe("valid");
  });

  it("also resets a password through a PASSWORD_RESET link, keeping the first activation date", async () => {
    const activatedAt = new Date("2024-01-01T00:00:00Z");
    const user = await createSecretary((await createUnit()).id, { activatedAt, mustChangePassword: true });
    const token = await createAccountToken(user.id, { purpose: "PASSWORD_RESET" });
    expect((await activate(token)).ok).toBe(true);
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, activatedAt: true, mustChangePassword: true },
    });
    expect(stored.activatedAt).toEqual(activatedAt);
    expect(stored.mustChangePassword).toBe(false);
    expect(await verifyPassword(password, stored.passwordHash)).toBe(true);
    expect(
      await db.auditLog.count({
        where: { action: "account.resetPasswordByLink", entityId: String(user.id) },
      }),
    ).toBe(1);
  });

  it("retires the user's other open links of the same kind once one is used", async () => {
    const user = await awaitingActivation();
    const older = await createAccountToken(user.id);
    const newer = await createAccountToken(user.id);
    expect((await activate(newer)).ok).toBe(true);
    expect((await checkToken(older)).state).toBe("used");
  });
});
