import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { verifyCredentials } from "@/lib/core/auth/credentials";
import { signInLimits } from "@/lib/core/auth/rate-limit";
import { createAdmin, createSecretary, createUnit, factoryPassword, uniqueSuffix } from "@/tests/factories";

const uniqueIp = () => `10.0.${Math.floor(Math.random() * 250)}.${uniqueSuffix()}`;

describe("verifyCredentials", () => {
  it("accepts a secretary by login name, case-insensitively, and reports their unit", async () => {
    const unit = await createUnit();
    const user = await createSecretary(unit.id);
    const result = await verifyCredentials(
      db,
      { identifier: user.login.toUpperCase(), password: factoryPassword },
      uniqueIp(),
    );
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, name: user.name, role: "SECRETARY", unitId: unit.id, sessionVersion: 0 },
    });
  });

  it("accepts a mobile number written with spaces", async () => {
    const user = await createSecretary((await createUnit()).id);
    const spaced = `${user.mobile!.slice(0, 3)} ${user.mobile!.slice(3, 7)} ${user.mobile!.slice(7)}`;
    const result = await verifyCredentials(db, { identifier: spaced, password: factoryPassword }, uniqueIp());
    expect(result.ok).toBe(true);
  });

  it("accepts an admin, who belongs to no unit", async () => {
    const admin = await createAdmin();
    const result = await verifyCredentials(
      db,
      { identifier: admin.login, password: factoryPassword },
      uniqueIp(),
    );
    expect(result).toMatchObject({ ok: true, user: { role: "ADMIN", unitId: null } });
  });

  it("gives the same generic answer for a wrong password and an unknown account", async () => {
    const user = await createSecretary((await createUnit()).id);
    const wrong = await verifyCredentials(db, { identifier: user.login, password: "nope" }, uniqueIp());
    const unknown = await verifyCredentials(
      db,
      { identifier: `ghost-${uniqueSuffix()}`, password: "nope" },
      uniqueIp(),
    );
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it.each([
    ["empty values", { identifier: "", password: "" }],
    ["a 100 kB login", { identifier: "x".repeat(100_000), password: "x" }],
    ["a 100 kB password", { identifier: "admin", password: "p".repeat(100_000) }],
    ["SQL-looking input", { identifier: "' OR 1=1 --", password: "' OR '1'='1" }],
    ["lone surrogates", { identifier: "\ud800\udfff\ud800", password: "\udc00" }],
    ["non-string values", { identifier: { $ne: null }, password: ["a"] }],
  ])("refuses %s without throwing", async (_label, input) => {
    await expect(verifyCredentials(db, input, uniqueIp())).resolves.toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated account and a secretary of a suspended unit", async () => {
    const inactive = await createSecretary((await createUnit()).id, { active: false });
    const suspendedUnit = await createUnit({ status: "SUSPENDED" });
    const suspended = await createSecretary(suspendedUnit.id);
    for (const user of [inactive, suspended]) {
      const result = await verifyCredentials(
        db,
        { identifier: user.login, password: factoryPassword },
        uniqueIp(),
      );
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("makes an address wait after repeated failures on an account, even for the right password", async () => {
    const user = await createSecretary((await createUnit()).id);
    const ip = uniqueIp();
    for (let i = 0; i < signInLimits.pair.freeAttempts; i++) {
      await verifyCredentials(db, { identifier: user.login, password: "wrong" }, ip);
    }
    const result = await verifyCredentials(db, { identifier: user.login, password: factoryPassword }, ip);
    expect(result).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 1 });
  });

  it("limits failures per address across different accounts", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < signInLimits.ip.max; i++) {
      await verifyCredentials(db, { identifier: `ghost-${uniqueSuffix()}`, password: "x" }, ip);
    }
    const user = await createSecretary((await createUnit()).id);
    const blocked = await verifyCredentials(db, { identifier: user.login, password: factoryPassword }, ip);
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited" });
    const elsewhere = await verifyCredentials(
      db,
      { identifier: user.login, password: factoryPassword },
      uniqueIp(),
    );
    expect(elsewhere.ok).toBe(true);
  });

  it("clears an address's failures on an account after a successful sign-in", async () => {
    const user = await createSecretary((await createUnit()).id);
    const ip = uniqueIp();
    for (let i = 0; i < signInLimits.pair.freeAttempts - 1; i++) {
      await verifyCredentials(db, { identifier: user.login, password: "wrong" }, ip);
    }
    expect((await verifyCredentials(db, { identifier: user.login, password: factoryPassword }, ip)).ok).toBe(
      true,
    );
    for (let i = 0; i < signInLimits.pair.freeAttempts - 1; i++) {
      await verifyCredentials(db, { identifier: user.login, password: "wrong" }, ip);
    }
    expect((await verifyCredentials(db, { identifier: user.login, password: factoryPassword }, ip)).ok).toBe(
      true,
    );
  });
});
