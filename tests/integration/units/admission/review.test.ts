import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { approveApplication, rejectApplication, requestApplicationInfo } from "@/lib/units/admission/actions";
import { createAdmin } from "@/tests/factories";
import { approveFields, createApplication } from "@/tests/factories/membership";
import { actAs, formData } from "@/tests/integration/helpers/session";

const target = (application: { id: number; version: number }) => ({
  id: String(application.id),
  version: String(application.version),
});

describe("asking for more information", () => {
  it("moves the application to NEEDS_INFO with the question, bumps the version and audits", async () => {
    const admin = await createAdmin();
    const application = await createApplication();
    actAs(admin);
    const state = await requestApplicationInfo(
      initialFormState,
      formData({ ...target(application), message: "请补充团组织成立批复文件。" }),
    );
    expect(state).toEqual({ ok: true, message: { key: "units.admission.review.infoRequested" } });
    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({
      status: "NEEDS_INFO",
      adminMessage: "请补充团组织成立批复文件。",
      version: 1,
      decidedAt: null,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "application.requestInfo", entityId: String(application.id) },
    });
    expect(audit.actorId).toBe(admin.id);
  });

  it("needs a message", async () => {
    actAs(await createAdmin());
    const application = await createApplication();
    const state = await requestApplicationInfo(
      initialFormState,
      formData({ ...target(application), message: " " }),
    );
    expect(state.fieldErrors?.message).toEqual([{ key: "core.validation.required" }]);
    expect((await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).status).toBe(
      "PENDING",
    );
  });
});

describe("rejecting", () => {
  it("records the reason, who decided and when", async () => {
    const admin = await createAdmin();
    const application = await createApplication({ status: "NEEDS_INFO", adminMessage: "?", version: 3 });
    actAs(admin);
    const state = await rejectApplication(
      initialFormState,
      formData({ ...target(application), reason: "不属于本区团组织。" }),
    );
    expect(state).toEqual({ ok: true, message: { key: "units.admission.review.rejected" } });
    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({
      status: "REJECTED",
      adminMessage: "不属于本区团组织。",
      decidedById: admin.id,
      version: 4,
    });
    expect(stored.decidedAt).toBeInstanceOf(Date);
    expect(
      await db.auditLog.count({ where: { action: "application.reject", entityId: String(application.id) } }),
    ).toBe(1);
  });

  it("needs a reason", async () => {
    actAs(await createAdmin());
    const application = await createApplication();
    const state = await rejectApplication(initialFormState, formData({ ...target(application), reason: "" }));
    expect(state.fieldErrors?.reason).toEqual([{ key: "core.validation.required" }]);
  });

  it("cannot decide an application that was decided already", async () => {
    const admin = await createAdmin();
    const application = await createApplication({
      status: "REJECTED",
      decidedAt: new Date(),
      decidedById: admin.id,
    });
    actAs(admin);
    const state = await requestApplicationInfo(
      initialFormState,
      formData({ ...target(application), message: "x" }),
    );
    expect(state).toMatchObject({ ok: false, message: { key: "units.admission.review.alreadyDecided" } });
  });
});

describe("two admins deciding at once", () => {
  it("lets exactly one of a rejection and a request for information win; the other is told", async () => {
    const application = await createApplication();
    // Both decisions were made on the page at version 0. The signed-in user is global in these
    // tests, so both run as one admin; what matters is the race on the application row.
    actAs(await createAdmin());
    const results = await Promise.all([
      rejectApplication(initialFormState, formData({ ...target(application), reason: "理由" })),
      requestApplicationInfo(initialFormState, formData({ ...target(application), message: "问题" })),
    ]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.message).toEqual({
      key: "units.admission.review.alreadyDecided",
    });
    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.version).toBe(1);
  });

  it("refuses a decision made on a stale page (the version changed since it was shown)", async () => {
    actAs(await createAdmin());
    const application = await createApplication();
    await requestApplicationInfo(
      initialFormState,
      formData({ ...target(application), message: "第一次提问" }),
    );
    const stale = await rejectApplication(
      initialFormState,
      formData({ ...target(application), reason: "旧页面" }),
    );
    expect(stale).toMatchObject({ ok: false, message: { key: "units.admission.review.alreadyDecided" } });
    expect((await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).status).toBe(
      "NEEDS_INFO",
    );
  });

  it("lets exactly one of two concurrent approvals create the unit", async () => {
    actAs(await createAdmin());
    const application = await createApplication();
    const results = await Promise.all([
      approveApplication(initialFormState, formData(approveFields(application))),
      approveApplication(initialFormState, formData(approveFields(application))),
      rejectApplication(initialFormState, formData({ ...target(application), reason: "同时拒绝" })),
    ]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    for (const lost of results.filter((state) => !state.ok)) {
      expect(lost.message).toEqual({ key: "units.admission.review.alreadyDecided" });
    }
    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } });
    const units = await db.unit.count({ where: { name: application.orgName } });
    expect(units).toBe(stored.status === "APPROVED" ? 1 : 0);
    expect(await db.user.count({ where: { unit: { name: application.orgName } } })).toBe(units);
  });
});
