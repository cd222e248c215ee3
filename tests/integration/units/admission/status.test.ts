import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { replyToApplication } from "@/lib/units/admission/actions";
import { findApplicationStatus } from "@/lib/units/admission/queries";
import { createApplication } from "@/tests/factories/membership";
import { actAs, formData } from "@/tests/integration/helpers/session";

const reply = (fields: Record<string, string | number>) => {
  actAs(null);
  return replyToApplication(initialFormState, formData(fields));
};

describe("looking up an application", () => {
  it("shows the status and the admin's message for the right reference and mobile", async () => {
    const application = await createApplication({ status: "NEEDS_INFO", adminMessage: "请补充成立批复。" });
    const spacedReference = ` ${application.reference.toLowerCase()} `;
    expect(await findApplicationStatus(spacedReference, application.mobile)).toMatchObject({
      reference: application.reference,
      status: "NEEDS_INFO",
      adminMessage: "请补充成立批复。",
    });
  });

  it("gives the same empty answer for a wrong mobile, an unknown or a malformed reference", async () => {
    const application = await createApplication();
    expect(await findApplicationStatus(application.reference, "13800000000")).toBeNull();
    expect(await findApplicationStatus("RZ26-ZZZZZZ", application.mobile)).toBeNull();
    expect(await findApplicationStatus("' OR 1=1 --", application.mobile)).toBeNull();
  });
});

describe("replying to a request for more information", () => {
  it("stores the reply, moves the application back to PENDING, bumps the version and audits without actor", async () => {
    const application = await createApplication({ status: "NEEDS_INFO", adminMessage: "?", version: 1 });
    const state = await reply({
      reference: application.reference,
      mobile: application.mobile,
      version: 1,
      reply: "批复文件已发送至团区委邮箱。",
    });
    expect(state).toEqual({ ok: true, message: { key: "units.admission.apply.replySent" } });
    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({
      status: "PENDING",
      applicantReply: "批复文件已发送至团区委邮箱。",
      version: 2,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "application.reply", entityId: String(application.id) },
    });
    expect(audit.actorId).toBeNull();
  });

  it("refuses a wrong mobile with the neutral not-found message and changes nothing", async () => {
    const application = await createApplication({ status: "NEEDS_INFO", adminMessage: "?" });
    const state = await reply({
      reference: application.reference,
      mobile: "13800000000",
      version: 0,
      reply: "x",
    });
    expect(state).toMatchObject({ ok: false, message: { key: "units.admission.apply.notFound" } });
    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ status: "NEEDS_INFO", applicantReply: "" });
  });

  it("refuses a reply when no information was asked for, or the question changed since", async () => {
    const pending = await createApplication();
    expect(
      await reply({ reference: pending.reference, mobile: pending.mobile, version: 0, reply: "x" }),
    ).toMatchObject({ ok: false, message: { key: "units.admission.apply.replyClosed" } });

    const asked = await createApplication({ status: "NEEDS_INFO", adminMessage: "新问题", version: 3 });
    expect(
      await reply({ reference: asked.reference, mobile: asked.mobile, version: 2, reply: "对旧问题的回答" }),
    ).toMatchObject({ ok: false, message: { key: "units.admission.apply.replyClosed" } });
  });

  it("needs a reply text", async () => {
    const application = await createApplication({ status: "NEEDS_INFO", adminMessage: "?" });
    const state = await reply({
      reference: application.reference,
      mobile: application.mobile,
      version: 0,
      reply: "",
    });
    expect(state.fieldErrors?.reply).toEqual([{ key: "core.validation.required" }]);
  });
});
