import { describe, expect, it } from "vitest";
import { initialFormState } from "@/lib/core/forms/form-state";
import { reactivateUnit, suspendUnit } from "@/lib/units/admin/actions";
import { getUnitForAdmin, listUnitsForAdmin } from "@/lib/units/admin/queries";
import { createAdmin, createSecretary, createUnit, uniqueSuffix } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("admin unit reads", () => {
  it("finds units by name, short name or slug, including suspended and withdrawn ones", async () => {
    const tag = uniqueSuffix();
    const [active, suspended, withdrawn] = [
      await createUnit({ name: `检索${tag}甲`, category: "FINANCIAL_INSTITUTION" }),
      await createUnit({ shortName: `检${tag}`.slice(0, 40), status: "SUSPENDED" }),
      await createUnit({ slug: `find-${tag}`, status: "WITHDRAWN" }),
    ];
    const ids = async (filter: Parameters<typeof listUnitsForAdmin>[0]) =>
      (await listUnitsForAdmin(filter)).units.map((unit) => unit.id).sort();
    expect(await ids({ q: tag })).toEqual([active.id, suspended.id, withdrawn.id].sort());
    expect(await ids({ q: tag, status: "WITHDRAWN" })).toEqual([withdrawn.id]);
    expect(await ids({ q: tag, category: "FINANCIAL_INSTITUTION" })).toEqual([active.id]);
    expect(await ids({ q: "100%_no_such" })).toEqual([]);
    const { counts } = await listUnitsForAdmin({});
    expect(counts.SUSPENDED).toBeGreaterThanOrEqual(1);
    expect(counts.WITHDRAWN).toBeGreaterThanOrEqual(1);
  });

  it("shows a unit's secretaries and its history newest first, with the acting admin's name", async () => {
    const admin = await createAdmin();
    const unit = await createUnit();
    const secretary = await createSecretary(unit.id);
    actAs(admin);
    const step = (action: typeof suspendUnit, fromStatus: string, effectiveOn: string) =>
      action(
        initialFormState,
        formData({ id: unit.id, fromStatus, reason: `理由${effectiveOn}`, effectiveOn }),
      );
    expect((await step(suspendUnit, "ACTIVE", "2024-01-10")).ok).toBe(true);
    expect((await step(reactivateUnit, "SUSPENDED", "2024-02-10")).ok).toBe(true);

    const loaded = await getUnitForAdmin(unit.id);
    expect(loaded?.users).toEqual([
      { id: secretary.id, name: secretary.name, login: secretary.login, unitRole: "PRIMARY", active: true },
    ]);
    expect(
      loaded?.statusChanges.map((change) => [change.toStatus, change.reason, change.actor?.name]),
    ).toEqual([
      ["ACTIVE", "理由2024-02-10", admin.name],
      ["SUSPENDED", "理由2024-01-10", admin.name],
    ]);
    expect(await getUnitForAdmin(2_000_000_000)).toBeNull();
  });
});
