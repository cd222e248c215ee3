import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { changePassword } from "@/lib/units/self-service/password/actions";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { reactivateUnit, suspendUnit, withdrawUnit } from "@/lib/units/admin/actions";
import { beijingDate } from "@/lib/core/time/beijing";
import { createAdmin, createSecretary, createUnit, factoryPassword } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

function step(action: Action, unit: { id: number }, fields: Record<string, string> = {}) {
  return action(
    initialFormState,
    formData({
      id: unit.id,
      fromStatus: "ACTIVE",
      reason: "年度考核未参加活动",
      effectiveOn: beijingDate(),
      ...fields,
    }),
  );
}

async function statusOf(unitId: number) {
  return (await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { status: true } })).status;
}

describe("unit lifecycle", () => {
  it("suspends an active unit, records the history row and an audit record", async () => {
    const admin = await createAdmin();
    actAs(admin);
    const unit = await createUnit();
    const state = await step(suspendUnit, unit, { effectiveOn: "2024-06-01" });
    expect(state).toEqual({ ok: true, message: { key: "units.admin.lifecycle.done.suspend" } });
    expect(await statusOf(unit.id)).toBe("SUSPENDED");
    const history = await db.unitStatusChange.findMany({ where: { unitId: unit.id } });
    expect(history).toEqual([
      expect.objectContaining({
        fromStatus: "ACTIVE",
        toStatus: "SUSPENDED",
        reason: "年度考核未参加活动",
        effectiveOn: new Date("2024-06-01T00:00:00Z"),
        actorId: admin.id,
      }),
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "unit.suspend", entityId: String(unit.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id, before: { status: "ACTIVE" } });
    expect(audit.after).toMatchObject({ status: "SUSPENDED", effectiveOn: "2024-06-01" });
  });

  it("reactivates a suspended unit and withdraws it, keeping each step in the history", async () => {
    actAs(await createAdmin());
    const unit = await createUnit();
    expect((await step(suspendUnit, unit, { effectiveOn: "2024-06-01" })).ok).toBe(true);
    const back = await step(reactivateUnit, unit, { fromStatus: "SUSPENDED", effectiveOn: "2024-07-01" });
    expect(back.message).toEqual({ key: "units.admin.lifecycle.done.reactivate" });
    const gone = await step(withdrawUnit, unit, { confirmFinal: "on", effectiveOn: "2024-08-01" });
    expect(gone.message).toEqual({ key: "units.admin.lifecycle.done.withdraw" });
    expect(await statusOf(unit.id)).toBe("WITHDRAWN");
    const history = await db.unitStatusChange.findMany({
      where: { unitId: unit.id },
      orderBy: { id: "asc" },
    });
    expect(history.map((row) => `${row.fromStatus}>${row.toStatus}`)).toEqual([
      "ACTIVE>SUSPENDED",
      "SUSPENDED>ACTIVE",
      "ACTIVE>WITHDRAWN",
    ]);
  });

  it("withdraws a suspended unit directly, only with the finality box ticked", async () => {
    actAs(await createAdmin());
    const unit = await createUnit({ status: "SUSPENDED" });
    const unticked = await step(withdrawUnit, unit, { fromStatus: "SUSPENDED" });
    expect(unticked.fieldErrors?.confirmFinal).toEqual([
      { key: "units.admin.lifecycle.confirmFinalRequired" },
    ]);
    expect(await statusOf(unit.id)).toBe("SUSPENDED");
    expect((await step(withdrawUnit, unit, { fromStatus: "SUSPENDED", confirmFinal: "on" })).ok).toBe(true);
    expect(await statusOf(unit.id)).toBe("WITHDRAWN");
  });

  it("refuses to reactivate an active unit, whatever status the form claims", async () => {
    actAs(await createAdmin());
    const unit = await createUnit();
    const honest = await step(reactivateUnit, unit, { fromStatus: "ACTIVE" });
    expect(honest.message).toEqual({
      key: "units.admin.lifecycle.notAllowed",
      values: { step: "reactivate", status: "ACTIVE" },
    });
    const stale = await step(reactivateUnit, unit, { fromStatus: "SUSPENDED" });
    expect(stale.message).toEqual({
      key: "units.admin.lifecycle.statusChanged",
      values: { status: "ACTIVE" },
    });
    expect(await statusOf(unit.id)).toBe("ACTIVE");
    expect(await db.unitStatusChange.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("treats WITHDRAWN as final: no step leads out of it", async () => {
    actAs(await createAdmin());
    const unit = await createUnit({ status: "WITHDRAWN" });
    for (const [action, extra] of [
      [reactivateUnit, {}],
      [suspendUnit, {}],
      [withdrawUnit, { confirmFinal: "on" }],
    ] as const) {
      const state = await step(action, unit, { fromStatus: "WITHDRAWN", ...extra });
      expect(state.message?.key).toBe("units.admin.lifecycle.notAllowed");
    }
    expect(await statusOf(unit.id)).toBe("WITHDRAWN");
  });

  it("lets one of two simultaneous suspensions win and tells the other", async () => {
    actAs(await createAdmin());
    const unit = await createUnit();
    const results = await Promise.all([step(suspendUnit, unit), step(suspendUnit, unit)]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.message).toEqual({
      key: "units.admin.lifecycle.statusChanged",
      values: { status: "SUSPENDED" },
    });
    expect(await db.unitStatusChange.count({ where: { unitId: unit.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "unit.suspend", entityId: String(unit.id) } })).toBe(1);
  });

  it("requires a reason of at most 500 characters", async () => {
    actAs(await createAdmin());
    const unit = await createUnit();
    expect((await step(suspendUnit, unit, { reason: "  " })).fieldErrors?.reason).toEqual([
      { key: "core.validation.required" },
    ]);
    expect((await step(suspendUnit, unit, { reason: "长".repeat(501) })).fieldErrors?.reason).toEqual([
      { key: "core.validation.tooLong", values: { maximum: 500 } },
    ]);
    expect(await statusOf(unit.id)).toBe("ACTIVE");
  });

  it("refuses an effective date in the future, before joining, or before the previous change", async () => {
    actAs(await createAdmin());
    const unit = await createUnit({ joinedOn: new Date("2023-02-21") });
    const tomorrow = beijingDate(new Date(Date.now() + 24 * 3600 * 1000));
    const future = await step(suspendUnit, unit, { effectiveOn: tomorrow });
    expect(future.fieldErrors?.effectiveOn).toEqual([{ key: "units.admin.lifecycle.effectiveInFuture" }]);
    const early = await step(suspendUnit, unit, { effectiveOn: "2023-02-20" });
    expect(early.fieldErrors?.effectiveOn).toEqual([
      { key: "units.admin.lifecycle.effectiveBeforeJoined", values: { date: "2023-02-21" } },
    ]);
    expect((await step(suspendUnit, unit, { effectiveOn: "2024-05-01" })).ok).toBe(true);
    const beforeLast = await step(reactivateUnit, unit, {
      fromStatus: "SUSPENDED",
      effectiveOn: "2024-04-30",
    });
    expect(beforeLast.fieldErrors?.effectiveOn?.[0]?.key).toBe(
      "units.admin.lifecycle.effectiveBeforeLastChange",
    );
    expect(await statusOf(unit.id)).toBe("SUSPENDED");
  });

  it("cuts a secretary's access on their next request when the unit is suspended, and restores it on reactivation", async () => {
    const admin = await createAdmin();
    const unit = await createUnit();
    const secretary = await createSecretary(unit.id);
    const change = (next: string, current: string) =>
      changePassword(
        initialFormState,
        formData({ currentPassword: current, newPassword: next, confirmPassword: next }),
      );

    actAs(secretary);
    expect(await change("Before12345", factoryPassword)).toMatchObject({ ok: true });

    actAs(admin);
    expect((await step(suspendUnit, unit)).ok).toBe(true);

    // The same session cookie as before: the secretary is now treated as signed out.
    actAs(secretary);
    expect(await change("During12345", "Before12345")).toMatchObject({
      ok: false,
      message: { key: "core.errors.signInRequired" },
    });

    actAs(admin);
    expect((await step(reactivateUnit, unit, { fromStatus: "SUSPENDED" })).ok).toBe(true);
    actAs(secretary);
    expect(await change("After123456", "Before12345")).toMatchObject({ ok: true });
  });
});
