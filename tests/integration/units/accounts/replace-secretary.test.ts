import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { verifyCredentials } from "@/lib/core/auth/credentials";
import { initialFormState } from "@/lib/core/forms/form-state";
import { replaceSecretary } from "@/lib/units/accounts/actions";
import { createAdmin, createSecretary, createUnit, factoryPassword } from "@/tests/factories";
import { newPerson } from "@/tests/factories/users-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

let admin: { id: number; name: string };
beforeAll(async () => {
  admin = await createAdmin();
  actAs(admin);
});

/** Resolves once some session of this database waits for a lock (our insert on the index). */
async function waitForLockWaiter() {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const [row] = await db.$queryRaw<Array<{ waiting: number }>>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the replacement never waited on the unique index");
}

function replace(userId: number, person = newPerson()) {
  return replaceSecretary(initialFormState, formData({ userId, ...person }));
}

describe("replacing a unit's secretary", () => {
  it("deactivates the holder and creates the successor in the same role, in one step", async () => {
    const unit = await createUnit();
    const holder = await createSecretary(unit.id, { unitRole: "DEPUTY" });
    const person = newPerson();
    const state = await replace(holder.id, person);
    expect(state).toMatchObject({ ok: true, message: { key: "units.accounts.results.secretaryReplaced" } });

    expect((await db.user.findUniqueOrThrow({ where: { id: holder.id } })).active).toBe(false);
    const successor = await db.user.findUniqueOrThrow({ where: { id: Number(state.data?.userId) } });
    expect(successor).toMatchObject({
      login: person.login,
      unitId: unit.id,
      unitRole: "DEPUTY",
      active: true,
      mustChangePassword: true,
    });
    const signIn = await verifyCredentials(
      db,
      { identifier: person.mobile, password: String(state.data?.temporaryPassword) },
      "10.0.0.2",
    );
    expect(signIn).toMatchObject({ ok: true, user: { id: successor.id } });
    expect(
      (await verifyCredentials(db, { identifier: holder.login, password: factoryPassword }, "10.0.0.2")).ok,
    ).toBe(false);

    const audits = await db.auditLog.findMany({ where: { unitId: unit.id }, orderBy: { id: "asc" } });
    expect(audits.map((audit) => [audit.action, audit.entityId, audit.actorId])).toEqual([
      ["user.replaceSecretary", String(holder.id), admin.id],
      ["user.addSecretary", String(successor.id), admin.id],
    ]);
  });

  it("changes nothing when the new login is taken: the holder stays in office", async () => {
    const unit = await createUnit();
    const holder = await createSecretary(unit.id);
    const other = await createSecretary((await createUnit()).id);

    const state = await replace(holder.id, newPerson({ login: other.login }));
    expect(state).toMatchObject({ ok: false, message: { key: "units.accounts.errors.loginTaken" } });
    expect(state.fieldErrors?.login).toEqual([{ key: "units.accounts.errors.loginTaken" }]);
    expect(state.values?.login).toBe(other.login);

    expect((await db.user.findUniqueOrThrow({ where: { id: holder.id } })).active).toBe(true);
    expect(await db.user.count({ where: { unitId: unit.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("rolls back the deactivation when the successor's insert loses a race for the login", async () => {
    const unit = await createUnit();
    const holder = await createSecretary(unit.id);
    const person = newPerson();
    // Another transaction inserts the same login and holds it uncommitted: the pre-check cannot
    // see it, so the replacement deactivates the holder, then waits on the unique index.
    let commitOther!: () => void;
    let otherInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (otherInserted = resolve));
    const other = db.$transaction(
      async (tx) => {
        await tx.user.create({
          data: { login: person.login, name: "并发", passwordHash: "!", role: "ADMIN", active: false },
        });
        otherInserted();
        await new Promise<void>((resolve) => (commitOther = resolve));
      },
      { timeout: 30_000 },
    );
    await inserted;
    const pending = replace(holder.id, person);
    await waitForLockWaiter();
    commitOther();
    await other;

    const state = await pending;
    expect(state.fieldErrors?.login).toEqual([{ key: "units.accounts.errors.loginTaken" }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: holder.id } })).active).toBe(true);
    expect(await db.user.count({ where: { unitId: unit.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("lets only one of two simultaneous replacements of the same holder win", async () => {
    const unit = await createUnit();
    const holder = await createSecretary(unit.id);
    const results = await Promise.all([replace(holder.id), replace(holder.id)]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.message).toEqual({
      key: "units.accounts.errors.alreadyReplaced",
    });
    expect(await db.user.count({ where: { unitId: unit.id, active: true } })).toBe(1);
    expect(await db.user.count({ where: { unitId: unit.id } })).toBe(2);
  });

  it("refuses to replace an admin or a secretary of a withdrawn unit", async () => {
    expect((await replace((await createAdmin()).id)).message).toEqual({
      key: "units.accounts.errors.notSecretary",
    });
    const withdrawn = await createUnit({ status: "WITHDRAWN" });
    const holder = await createSecretary(withdrawn.id);
    expect((await replace(holder.id)).message).toEqual({ key: "units.accounts.errors.unitWithdrawn" });
  });
});
