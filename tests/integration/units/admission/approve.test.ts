import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { noPasswordHash } from "@/lib/core/auth/password";
import { hashToken } from "@/lib/units/admission/activation/tokens";
import { outbox } from "@/lib/core/mail/send-mail";
import { deliverDueMail } from "@/lib/core/mail/worker";
import { approveApplication } from "@/lib/units/admission/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { approveFields, createApplication } from "@/tests/factories/membership";
import { actAs, formData } from "@/tests/integration/helpers/session";

const env = { ...process.env };
beforeEach(() => {
  process.env.NEXTAUTH_URL = "https://portal.example.cn/";
  process.env.MAIL_TRANSPORT = "memory";
  delete process.env.SMTP_URL;
});
afterEach(() => {
  process.env = { ...env };
});

async function snapshot(application: { id: number; orgName: string }, fields: { slug: string }) {
  return {
    application: await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } }),
    units: await db.unit.count({ where: { OR: [{ slug: fields.slug }, { name: application.orgName }] } }),
    users: await db.user.count({ where: { login: fields.slug } }),
    tokens: await db.accountToken.count({ where: { user: { login: fields.slug } } }),
  };
}

describe("approving an application", () => {
  it("creates the unit, its secretary awaiting activation and a hashed activation token, all audited", async () => {
    const admin = await createAdmin();
    const application = await createApplication({
      inDistrict: false,
      category: "EMERGING_SECTOR",
      orgType: "BRANCH",
    });
    const fields = approveFields(application);
    actAs(admin);
    const state = await approveApplication(initialFormState, formData(fields));

    expect(state).toMatchObject({ ok: true, message: { key: "units.admission.review.approvedMailed" } });
    const link = String(state.data?.activationLink);
    expect(link).toMatch(/^https:\/\/portal\.example\.cn\/activate\/[A-Za-z0-9_-]{43}$/);
    expect(state.data).toMatchObject({ mailSent: true, unitSlug: fields.slug, login: fields.slug });

    const unit = await db.unit.findUniqueOrThrow({ where: { slug: fields.slug } });
    expect(unit).toMatchObject({
      name: application.orgName,
      shortName: fields.shortName,
      status: "ACTIVE",
      category: "EMERGING_SECTOR",
      orgType: "BRANCH",
      inDistrict: false,
      address: application.address,
      contactName: application.secretaryName,
      contactPhone: fields.mobile,
    });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    expect(unit.joinedOn.toISOString().slice(0, 10)).toBe(today);

    const secretary = await db.user.findUniqueOrThrow({
      where: { login: fields.slug },
      select: {
        id: true,
        role: true,
        unitRole: true,
        unitId: true,
        mobile: true,
        email: true,
        name: true,
        passwordHash: true,
        activatedAt: true,
        active: true,
      },
    });
    expect(secretary).toMatchObject({
      role: "SECRETARY",
      unitRole: "PRIMARY",
      unitId: unit.id,
      mobile: fields.mobile,
      email: application.email,
      name: application.secretaryName,
      passwordHash: noPasswordHash,
      activatedAt: null,
      active: true,
    });

    const rawToken = link.split("/").pop()!;
    const token = await db.accountToken.findFirstOrThrow({ where: { userId: secretary.id } });
    expect(token).toMatchObject({
      purpose: "ACTIVATION",
      tokenHash: hashToken(rawToken),
      usedAt: null,
      createdById: admin.id,
    });
    expect(token.tokenHash).not.toContain(rawToken);
    const days = (token.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ status: "APPROVED", unitId: unit.id, decidedById: admin.id, version: 1 });

    const audits = await db.auditLog.findMany({ where: { unitId: unit.id }, orderBy: { id: "asc" } });
    expect(audits.map((entry) => entry.action)).toEqual([
      "application.approve",
      "unit.create",
      "user.create",
      "accountToken.issue",
    ]);
    expect(JSON.stringify(audits.map((entry) => [entry.before, entry.after]))).not.toContain(rawToken);

    const queued = await db.mailOutbox.findFirstOrThrow({ where: { to: application.email } });
    expect(queued).toMatchObject({ status: "PENDING" });
    expect(outbox.some((message) => message.to === application.email)).toBe(false);
    await deliverDueMail();
    const mail = outbox.find((message) => message.to === application.email);
    expect(mail?.text).toContain(link);
    expect(mail?.text).toContain(fields.slug);
    // Once sent, the database keeps no copy of the one-time link.
    const sent = await db.mailOutbox.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({ status: "SENT", text: "" });
  });

  it("still approves when mail is not configured, and says the link must be passed on", async () => {
    delete process.env.MAIL_TRANSPORT;
    actAs(await createAdmin());
    const application = await createApplication();
    const state = await approveApplication(initialFormState, formData(approveFields(application)));
    expect(state).toMatchObject({
      ok: true,
      message: { key: "units.admission.review.approvedNoMail" },
      data: { mailSent: false },
    });
    expect(await db.mailOutbox.count({ where: { to: application.email } })).toBe(0);
    expect(outbox.some((message) => message.to === application.email)).toBe(false);
  });

  it("approves at once with the link to pass on while the mail server is unreachable; the email waits in the queue", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens on the discard port
    actAs(await createAdmin());
    const application = await createApplication();
    const fields = approveFields(application);
    const state = await approveApplication(initialFormState, formData(fields));
    expect(state).toMatchObject({ ok: true, message: { key: "units.admission.review.approvedMailed" } });
    expect(String(state.data?.activationLink)).toContain("/activate/");
    expect((await snapshot(application, fields)).application.status).toBe("APPROVED");

    expect(await deliverDueMail()).toMatchObject({ sent: 0, retried: 1 });
    const queued = await db.mailOutbox.findFirstOrThrow({ where: { to: application.email } });
    expect(queued).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(queued.lastError).toBeTruthy();
  });

  it.each([
    ["slug of an existing unit", "slug", "units.admission.review.slugTaken"],
    ["login of an existing user", "slug", "units.admission.review.loginTaken"],
    ["mobile of an existing user", "mobile", "units.admission.review.mobileTaken"],
    ["name of an existing unit", "name", "units.admission.review.nameTaken"],
  ])("refuses the %s next to its field and creates nothing", async (_label, field, key) => {
    actAs(await createAdmin());
    const application = await createApplication();
    const fields = approveFields(application);
    const existingUnit = await createUnit();
    const existingUser = await createSecretary(existingUnit.id);
    if (key === "units.admission.review.slugTaken") fields.slug = existingUnit.slug;
    if (key === "units.admission.review.loginTaken") fields.slug = existingUser.login;
    if (key === "units.admission.review.mobileTaken") fields.mobile = existingUser.mobile!;
    if (key === "units.admission.review.nameTaken") fields.name = existingUnit.name.toUpperCase();

    const before = await db.unit.count();
    const state = await approveApplication(initialFormState, formData(fields));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.[field]).toEqual([{ key }]);
    expect(state.values?.[field]).toBe(fields[field as keyof typeof fields]);
    expect(await db.unit.count()).toBe(before);
    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ status: "PENDING", version: 0, unitId: null });
    expect(
      await db.auditLog.count({ where: { entityId: String(application.id), action: "application.approve" } }),
    ).toBe(0);
  });

  it("refuses a slug that is not a valid identifier or looks like a mobile number", async () => {
    actAs(await createAdmin());
    const application = await createApplication();
    for (const [slug, key] of [
      ["Bad Slug", "core.validation.slug"],
      ["13912345678", "units.admission.review.slugLooksLikeMobile"],
    ]) {
      const state = await approveApplication(
        initialFormState,
        formData({ ...approveFields(application), slug }),
      );
      expect(state.fieldErrors?.slug).toEqual([{ key }]);
    }
  });

  it("rolls back a unit created by a racing approval of another application with the same slug", async () => {
    actAs(await createAdmin());
    const [first, second] = [await createApplication(), await createApplication()];
    const fieldsA = approveFields(first);
    const fieldsB = { ...approveFields(second), slug: fieldsA.slug };
    const results = await Promise.all([
      approveApplication(initialFormState, formData(fieldsA)),
      approveApplication(initialFormState, formData(fieldsB)),
    ]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    const lost = results.find((state) => !state.ok)!;
    expect(lost.fieldErrors?.slug?.[0]?.key).toMatch(/^units\.admission\.review\.(slugTaken|loginTaken)$/);
    expect(await db.unit.count({ where: { slug: fieldsA.slug } })).toBe(1);
    expect(
      await db.membershipApplication.count({
        where: { id: { in: [first.id, second.id] }, status: "PENDING" },
      }),
    ).toBe(1);
  });
});
