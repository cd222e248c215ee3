// Every way a session ends, proved by replaying the cookie a browser (or a thief) held before.
import NextAuth from "next-auth";
import { beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/units/self-service/password/actions";
import { activateAccount } from "@/lib/units/admission/activation/actions";
import { authOptions } from "@/lib/core/auth/options";
import { getCurrentUser } from "@/lib/core/auth/session";
import { absoluteTimeoutSeconds, idleTimeoutSeconds, nowInSeconds } from "@/lib/core/auth/session-policy";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { reactivateUnit, suspendUnit, withdrawUnit } from "@/lib/units/admin/actions";
import { beijingDate } from "@/lib/core/time/beijing";
import {
  deactivateUser,
  reactivateUser,
  replaceSecretary,
  resetPassword,
} from "@/lib/units/accounts/actions";
import { createAdmin, createSecretary, createUnit, factoryPassword } from "@/tests/factories";
import { createAccountToken } from "@/tests/factories/membership";
import { newPerson } from "@/tests/factories/users-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { jarCookie, mintSessionCookie, replayCookie } from "@/tests/integration/helpers/session-cookie";

let admin: { id: number; name: string };
beforeAll(async () => {
  admin = await createAdmin();
});

/** Who the app sees when the request carries this cookie. */
async function userWith(cookie: string) {
  replayCookie(cookie);
  return getCurrentUser();
}

async function asAdmin<T>(run: () => Promise<T>): Promise<T> {
  actAs(admin);
  const result = await run();
  actAs(null);
  return result;
}

async function signedInSecretary() {
  const user = await createSecretary((await createUnit()).id);
  const cookie = await mintSessionCookie(user);
  expect(await userWith(cookie)).toMatchObject({ id: user.id });
  return { user, cookie };
}

/** Calls next-auth's own API route (the pages-router form of the same handler). */
async function authRoute(action: string, method: string, cookies: Record<string, string>, body = {}) {
  const sent: { cookies: Map<string, string>; body?: unknown } = { cookies: new Map() };
  let headers: string[] = [];
  const res = {
    status: () => res,
    getHeader: (name: string) => (name.toLowerCase() === "set-cookie" ? headers : undefined),
    setHeader: (name: string, value: string | string[]) => {
      if (name.toLowerCase() === "set-cookie") headers = ([] as string[]).concat(value);
      return res;
    },
    end: () => undefined,
    json: (value: unknown) => void (sent.body = value),
    send: (value: unknown) => void (sent.body = value),
  };
  const req = { query: { nextauth: [action] }, method, cookies, body, headers: { host: "localhost:3000" } };
  await (NextAuth as unknown as (...args: unknown[]) => Promise<void>)(req, res, authOptions);
  for (const line of headers) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    sent.cookies.set(pair!.slice(0, at), decodeURIComponent(pair!.slice(at + 1)));
  }
  return sent;
}

/** Signs out through next-auth's sign-out route (CSRF check included), sending this cookie. */
async function signOutWith(cookie: string) {
  const csrf = await authRoute("csrf", "GET", {});
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const [csrfName, csrfValue] = [...csrf.cookies].find(([name]) => name.endsWith("csrf-token"))!;
  const done = await authRoute(
    "signout",
    "POST",
    { [csrfName]: csrfValue, "next-auth.session-token": cookie },
    { csrfToken },
  );
  return done.cookies;
}

describe("a copied session cookie replayed after the session ended", () => {
  it("is refused after signing out, and the browser's cookie is cleared", async () => {
    const { cookie } = await signedInSecretary();
    const set = await signOutWith(cookie);
    expect(set.get("next-auth.session-token")).toBe("");
    expect(await userWith(cookie)).toBeNull();
  });

  it("gets no user from next-auth's own session endpoint once revoked", async () => {
    const { user, cookie } = await signedInSecretary();
    const before = await authRoute("session", "GET", { "next-auth.session-token": cookie });
    expect(before.body).toMatchObject({ user: { id: String(user.id) } });
    await signOutWith(cookie);
    const after = await authRoute("session", "GET", { "next-auth.session-token": cookie });
    expect(after.body).not.toHaveProperty("user");
  });

  it("is refused after the user changed their own password, while the re-issued cookie works", async () => {
    const { user, cookie } = await signedInSecretary();
    const state = await changePassword(
      initialFormState,
      formData({
        currentPassword: factoryPassword,
        newPassword: "NewPassword123",
        confirmPassword: "NewPassword123",
      }),
    );
    expect(state.ok).toBe(true);
    const reissued = jarCookie();
    expect(reissued).toBeDefined();
    expect(reissued).not.toBe(cookie);
    expect(await userWith(cookie)).toBeNull();
    expect(await userWith(reissued!)).toMatchObject({ id: user.id });
  });

  it("is refused after an admin reset the password", async () => {
    const { user, cookie } = await signedInSecretary();
    expect((await asAdmin(() => resetPassword(initialFormState, formData({ userId: user.id })))).ok).toBe(
      true,
    );
    expect(await userWith(cookie)).toBeNull();
  });

  it("is refused after the password was set through a reset link", async () => {
    const { user, cookie } = await signedInSecretary();
    const token = await createAccountToken(user.id, { purpose: "PASSWORD_RESET" });
    actAs(null);
    const fields = { token, newPassword: "LinkPassword123", confirmPassword: "LinkPassword123" };
    expect((await activateAccount(initialFormState, formData(fields))).ok).toBe(true);
    expect(await userWith(cookie)).toBeNull();
  });

  it("is refused after deactivation, even once the account is reactivated", async () => {
    const { user, cookie } = await signedInSecretary();
    expect((await asAdmin(() => deactivateUser(initialFormState, formData({ userId: user.id })))).ok).toBe(
      true,
    );
    expect(await userWith(cookie)).toBeNull();
    expect((await asAdmin(() => reactivateUser(initialFormState, formData({ userId: user.id })))).ok).toBe(
      true,
    );
    expect(await userWith(cookie)).toBeNull();
    expect(await userWith(await mintSessionCookie(user))).toMatchObject({ id: user.id });
  });

  it("is refused after the secretary was replaced", async () => {
    const { user, cookie } = await signedInSecretary();
    const state = await asAdmin(() =>
      replaceSecretary(initialFormState, formData({ userId: user.id, ...newPerson() })),
    );
    expect(state.ok).toBe(true);
    expect(await userWith(cookie)).toBeNull();
  });

  it("is refused for every account of a suspended unit, even once the unit is reactivated", async () => {
    const unit = await createUnit();
    const primary = await createSecretary(unit.id);
    const deputy = await createSecretary(unit.id, { unitRole: "DEPUTY" });
    const cookies = [await mintSessionCookie(primary), await mintSessionCookie(deputy)];
    const fields = { id: unit.id, reason: "年度考核未参加活动", effectiveOn: beijingDate() };
    expect(
      (await asAdmin(() => suspendUnit(initialFormState, formData({ ...fields, fromStatus: "ACTIVE" })))).ok,
    ).toBe(true);
    expect(
      (
        await asAdmin(() =>
          reactivateUnit(initialFormState, formData({ ...fields, fromStatus: "SUSPENDED" })),
        )
      ).ok,
    ).toBe(true);
    for (const cookie of cookies) expect(await userWith(cookie)).toBeNull();
  });

  it("is refused after the unit withdrew", async () => {
    const { user, cookie } = await signedInSecretary();
    const fields = {
      id: user.unitId!,
      fromStatus: "ACTIVE",
      reason: "退出",
      effectiveOn: beijingDate(),
      confirmFinal: "on",
    };
    expect((await asAdmin(() => withdrawUnit(initialFormState, formData(fields)))).ok).toBe(true);
    expect(await userWith(cookie)).toBeNull();
  });

  it("is refused once idle for the idle timeout, and accepted just before", async () => {
    const user = await createSecretary((await createUnit()).id);
    const now = nowInSeconds();
    const justBefore = await mintSessionCookie(user, { lastSeenAt: now - idleTimeoutSeconds + 60 });
    const idle = await mintSessionCookie(user, { lastSeenAt: now - idleTimeoutSeconds - 1 });
    expect(await userWith(justBefore)).toMatchObject({ id: user.id });
    expect(await userWith(idle)).toBeNull();
  });

  it("is refused at the absolute timeout however recently it was used", async () => {
    const user = await createSecretary((await createUnit()).id);
    const now = nowInSeconds();
    const old = await mintSessionCookie(user, {
      signedInAt: now - absoluteTimeoutSeconds - 1,
      lastSeenAt: now,
    });
    expect(await userWith(old)).toBeNull();
  });

  it("is refused when it predates session versions (no version claim)", async () => {
    const user = await createSecretary((await createUnit()).id);
    const legacy = await mintSessionCookie(user, { sessionVersion: undefined });
    expect(await userWith(legacy)).toBeNull();
  });
});

describe("signing out with an already revoked cookie", () => {
  it("does not end the sessions the person opened since", async () => {
    const { user, cookie: stale } = await signedInSecretary();
    await asAdmin(() => resetPassword(initialFormState, formData({ userId: user.id })));
    const fresh = await mintSessionCookie(user);
    await signOutWith(stale);
    expect(await userWith(fresh)).toMatchObject({ id: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});
