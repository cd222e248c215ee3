import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { verifyCredentials } from "@/lib/core/auth/credentials";
import { admitSignIn, signInKeys, signInLimits } from "@/lib/core/auth/rate-limit";
import { rateLimitRetentionMs } from "@/lib/core/security/rate-limit";
import { createAdmin, factoryPassword, uniqueSuffix } from "@/tests/factories";

const uniqueIp = () =>
  `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

async function counter(key: string) {
  return db.rateLimitCounter.findUniqueOrThrow({ where: { key } });
}

describe("sign-in limits under load", () => {
  it("counts 40 parallel wrong passwords as 40 and compares only the allowance", async () => {
    const admin = await createAdmin();
    const ip = uniqueIp();
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        verifyCredentials(db, { identifier: admin.login, password: "wrong" }, ip),
      ),
    );
    const compared = results.filter((result) => !result.ok && result.reason === "invalid");
    expect(compared).toHaveLength(signInLimits.pair.freeAttempts);
    expect(results.filter((result) => !result.ok && result.reason === "rate-limited")).toHaveLength(
      40 - signInLimits.pair.freeAttempts,
    );
    const keys = signInKeys(admin.login, ip);
    // Every attempt counts against the address; those past its overall cap never reach the
    // account's counter, the rest are counted there, compared or not.
    expect((await counter(keys.ip)).count).toBe(40);
    const pair = await counter(keys.pair);
    expect(pair.count + pair.refused).toBe(signInLimits.ip.max);
  });

  it("lets the right password through from an address with no failures while another address waits", async () => {
    const admin = await createAdmin();
    const stranger = uniqueIp();
    for (let i = 0; i < signInLimits.pair.freeAttempts + 3; i++) {
      await verifyCredentials(db, { identifier: admin.login, password: "guess" }, stranger);
    }
    const refused = await verifyCredentials(
      db,
      { identifier: admin.login, password: factoryPassword },
      stranger,
    );
    expect(refused).toMatchObject({ ok: false, reason: "rate-limited" });
    const owner = await verifyCredentials(
      db,
      { identifier: admin.login, password: factoryPassword },
      uniqueIp(),
    );
    expect(owner).toMatchObject({ ok: true, user: { id: admin.id } });
  });

  it("makes each further attempt wait twice as long, not forever", async () => {
    const keys = signInKeys(`someone-${uniqueSuffix()}`, uniqueIp());
    let now = new Date("2026-12-02T08:00:00Z");
    for (let i = 0; i < signInLimits.pair.freeAttempts; i++) {
      expect(await admitSignIn(db, keys, now)).toEqual({ admitted: true });
    }
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const refused = await admitSignIn(db, keys, now);
      if (refused.admitted) throw new Error("expected a wait");
      waits.push(refused.retryAfterSeconds);
      now = new Date(now.getTime() + refused.retryAfterSeconds * 1000);
      expect(await admitSignIn(db, keys, now)).toEqual({ admitted: true });
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it("prunes counter rows left alone for the retention period when sign-ins are written", async () => {
    const old = new Date(Date.now() - rateLimitRetentionMs - 60_000);
    const recent = new Date(Date.now() - 60_000);
    await db.rateLimitCounter.createMany({
      data: [
        { key: "signin:ip:old-1", count: 3, windowStart: old, updatedAt: old },
        { key: "signin:pair:old|2", count: 9, windowStart: old, blockedUntil: old, updatedAt: old },
        { key: "signin:ip:recent", count: 1, windowStart: recent, updatedAt: recent },
      ],
    });
    await verifyCredentials(db, { identifier: "nobody", password: "x" }, uniqueIp());
    const left = await db.rateLimitCounter.findMany({
      where: { key: { in: ["signin:ip:old-1", "signin:pair:old|2", "signin:ip:recent"] } },
    });
    expect(left.map((row) => row.key)).toEqual(["signin:ip:recent"]);
  });
});
