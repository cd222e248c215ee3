import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { listPublishedYears } from "@/lib/activities/plan/queries";
import { createYear, publishYear, unpublishYear, updateYear } from "@/lib/activities/admin/actions";
import { createPlan, createPlanAdmin } from "@/tests/factories/plan-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("plan years", () => {
  it("creates a draft year with its settings and an audit record", async () => {
    const admin = await createPlanAdmin();
    actAs(admin);
    const state = await createYear(
      initialFormState,
      formData({ year: 2031, title: "2031年度活动清单", maxLeadsPerUnit: 2, releaseDeadline: "2031-06-30" }),
    );
    expect(state.ok).toBe(true);
    const plan = await db.planYear.findUniqueOrThrow({ where: { year: 2031 } });
    expect(plan).toMatchObject({ status: "DRAFT", maxLeadsPerUnit: 2, title: "2031年度活动清单" });
    expect(plan.releaseDeadline?.toISOString().slice(0, 10)).toBe("2031-06-30");
    expect(await db.auditLog.count({ where: { action: "planYear.create", entityId: "2031" } })).toBe(1);
  });

  it("refuses a second list for the same year next to the year field", async () => {
    await createPlan(2032, "DRAFT");
    actAs(await createPlanAdmin());
    const state = await createYear(
      initialFormState,
      formData({ year: 2032, title: "重复", maxLeadsPerUnit: 1 }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.year?.[0]?.key).toBe("activities.admin.yearExists");
  });

  it("refuses a lead limit of 0 and a year outside 2000..2100", async () => {
    actAs(await createPlanAdmin());
    const state = await createYear(
      initialFormState,
      formData({ year: 1999, title: "x", maxLeadsPerUnit: 0 }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["maxLeadsPerUnit", "year"]);
  });

  it("publishes only with confirmation; published years are public and drafts are not", async () => {
    const plan = await createPlan(2033, "DRAFT");
    actAs(await createPlanAdmin());
    const version = plan.updatedAt.toISOString();
    const unconfirmed = await publishYear(initialFormState, formData({ year: 2033, version }));
    expect(unconfirmed.fieldErrors?.confirm?.[0]?.key).toBe("activities.admin.confirmRequired");
    expect((await listPublishedYears()).map((entry) => entry.year)).not.toContain(2033);

    const published = await publishYear(initialFormState, formData({ year: 2033, version, confirm: "on" }));
    expect(published).toMatchObject({ ok: true, message: { key: "activities.admin.published" } });
    const after = await db.planYear.findUniqueOrThrow({ where: { year: 2033 } });
    expect(after.status).toBe("PUBLISHED");
    expect(after.publishedAt).not.toBeNull();

    const unpublished = await unpublishYear(
      initialFormState,
      formData({ year: 2033, version: after.updatedAt.toISOString(), confirm: "on" }),
    );
    expect(unpublished.ok).toBe(true);
    expect((await db.planYear.findUniqueOrThrow({ where: { year: 2033 } })).status).toBe("DRAFT");
  });

  it("refuses an edit or publish made from a stale page", async () => {
    const plan = await createPlan(2034, "DRAFT");
    actAs(await createPlanAdmin());
    const version = plan.updatedAt.toISOString();
    const first = await updateYear(
      initialFormState,
      formData({ year: 2034, version, title: "新标题", maxLeadsPerUnit: 1 }),
    );
    expect(first.ok).toBe(true);
    const stale = await updateYear(
      initialFormState,
      formData({ year: 2034, version, title: "旧页面", maxLeadsPerUnit: 3 }),
    );
    expect(stale.message?.key).toBe("core.errors.staleVersion");
    const stalePublish = await publishYear(
      initialFormState,
      formData({ year: 2034, version, confirm: "on" }),
    );
    expect(stalePublish.message?.key).toBe("core.errors.staleVersion");
    expect(await db.planYear.findUniqueOrThrow({ where: { year: 2034 } })).toMatchObject({
      title: "新标题",
      maxLeadsPerUnit: 1,
      status: "DRAFT",
    });
  });
});
