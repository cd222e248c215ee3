import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/errors";
import { initialFormState } from "@/lib/core/forms/form-state";
import { submitApplication } from "@/lib/units/admission/actions";
import { referencePattern } from "@/lib/units/admission/reference";
import { joinLimit } from "@/lib/units/admission/submit-application";
import { createAdmin, createUnit, uniqueSuffix } from "@/tests/factories";
import { applicationFields, createApplication } from "@/tests/factories/membership";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { setRequestHeaders } from "@/tests/setup/request-cookies";

// The caller's address, as the portal's server stamps it; X-Forwarded-For is the client's.
const request = {
  set ip(ip: string) {
    this.current = ip;
    setRequestHeaders({ "x-rz-client-ip": ip, "x-forwarded-for": "198.51.100.250" });
  },
  get ip() {
    return this.current;
  },
  current: "",
};

const apply = (fields: Record<string, string>) => submitApplication(initialFormState, formData(fields));

beforeEach(() => {
  actAs(null);
  // A fresh address per test, so the rate limit only bites where a test wants it to.
  request.ip = `198.51.100.${uniqueSuffix()}`;
});

describe("applying to join", () => {
  it("stores a pending application, shows its reference and audits it without an actor", async () => {
    const fields = applicationFields({ district: "OUT" });
    const state = await apply(fields);
    expect(state).toMatchObject({ ok: true, message: { key: "units.admission.apply.submitted" } });
    const reference = String(state.data?.reference);
    expect(reference).toMatch(referencePattern);
    const stored = await db.membershipApplication.findUniqueOrThrow({ where: { reference } });
    expect(stored).toMatchObject({
      orgName: fields.orgName,
      mobile: fields.mobile,
      inDistrict: false,
      status: "PENDING",
      version: 0,
      decidedAt: null,
      unitId: null,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "application.submit", entityId: String(stored.id) },
    });
    expect(audit.actorId).toBeNull();
  });

  it("reports each invalid field with its own message and stores nothing", async () => {
    const before = await db.membershipApplication.count();
    const state = await apply({
      orgName: "  ",
      category: "NOT_A_CATEGORY",
      orgType: "",
      district: "IN",
      address: "地址",
      contactName: "",
      mobile: "12345",
      email: "not-an-email",
      motivation: "很".repeat(2001),
    });
    expect(state.ok).toBe(false);
    expect(state.message).toEqual({ key: "core.validation.checkFields" });
    expect(state.fieldErrors).toMatchObject({
      orgName: [{ key: "core.validation.required" }],
      category: [{ key: "core.validation.choice" }],
      orgType: [{ key: "core.validation.choice" }],
      contactName: [{ key: "core.validation.required" }],
      mobile: [{ key: "core.validation.mobile" }],
      email: [{ key: "core.validation.email" }],
      motivation: [{ key: "core.validation.tooLong", values: { maximum: 2000 } }],
    });
    expect(state.values?.orgName).toBe("  ");
    expect(await db.membershipApplication.count()).toBe(before);
  });

  it("accepts a motivation of exactly 2000 characters and a mobile written with spaces", async () => {
    const fields = applicationFields({ motivation: "很".repeat(2000) });
    const spaced = `${fields.mobile!.slice(0, 3)} ${fields.mobile!.slice(3, 7)} ${fields.mobile!.slice(7)}`;
    const state = await apply({ ...fields, mobile: spaced });
    expect(state.ok).toBe(true);
    const stored = await db.membershipApplication.findUniqueOrThrow({
      where: { reference: String(state.data?.reference) },
    });
    expect(stored.mobile).toBe(fields.mobile);
  });
});

describe("duplicate applications", () => {
  it("refuses a second open application with the same name, ignoring case and spaces", async () => {
    const first = applicationFields({ orgName: `Example Tech ${uniqueSuffix()} 团委` });
    expect((await apply(first)).ok).toBe(true);
    const second = applicationFields({ orgName: `  ${first.orgName!.toUpperCase().replace(/ /g, "   ")} ` });
    const state = await apply(second);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.orgName).toEqual([{ key: "units.admission.apply.duplicateName" }]);
    // The refused form keeps everything that was typed.
    expect(state.values).toMatchObject({ contactName: second.contactName, mobile: second.mobile });
    expect(
      await db.membershipApplication.count({
        where: { orgName: { equals: first.orgName, mode: "insensitive" } },
      }),
    ).toBe(1);
  });

  it("refuses a second open application with the same mobile number", async () => {
    const first = applicationFields();
    expect((await apply(first)).ok).toBe(true);
    const state = await apply(applicationFields({ mobile: first.mobile! }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.mobile).toEqual([{ key: "units.admission.apply.duplicateMobile" }]);
  });

  it("also counts an application waiting for more information as open", async () => {
    const open = await createApplication({ status: "NEEDS_INFO", adminMessage: "请补充" });
    const state = await apply(applicationFields({ orgName: open.orgName }));
    expect(state.fieldErrors?.orgName).toEqual([{ key: "units.admission.apply.duplicateName" }]);
  });

  it("lets an organisation apply again after its application was rejected", async () => {
    const admin = await createAdmin();
    const rejected = await createApplication({
      status: "REJECTED",
      adminMessage: "材料不全",
      decidedAt: new Date(),
      decidedById: admin.id,
    });
    const state = await apply(applicationFields({ orgName: rejected.orgName, mobile: rejected.mobile }));
    expect(state.ok).toBe(true);
  });

  it("refuses an organisation that is already a member unit", async () => {
    const unit = await createUnit();
    const state = await apply(applicationFields({ orgName: unit.name }));
    expect(state.fieldErrors?.orgName).toEqual([{ key: "units.admission.apply.alreadyMember" }]);
  });

  it("stores only one of two identical applications sent at the same moment", async () => {
    const fields = applicationFields();
    const results = await Promise.all([apply(fields), apply(fields), apply(fields)]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    for (const refused of results.filter((state) => !state.ok)) {
      expect(["units.admission.apply.duplicateName", "units.admission.apply.duplicateMobile"]).toContain(
        refused.message?.key,
      );
      expect(Object.keys(refused.fieldErrors ?? {})).toHaveLength(1);
    }
    expect(await db.membershipApplication.count({ where: { orgName: fields.orgName } })).toBe(1);
  });
});

describe("the database's own guard", () => {
  it("refuses a second open application by index, and the error is recognised by constraint name", async () => {
    const first = await createApplication();
    const sameName = createApplication({ orgName: ` ${first.orgName.toLowerCase()} ` });
    await expect(sameName).rejects.toSatisfy((error) =>
      isUniqueViolation(error, "MembershipApplication_open_orgName"),
    );
    const sameMobile = createApplication({ mobile: first.mobile });
    await expect(sameMobile).rejects.toSatisfy((error) =>
      isUniqueViolation(error, "MembershipApplication_open_mobile"),
    );
  });
});

describe("the rate limit per address", () => {
  it(`refuses the ${joinLimit.max + 1}th application within an hour from one address, not from another`, async () => {
    for (let i = 0; i < joinLimit.max; i++) expect((await apply(applicationFields())).ok).toBe(true);
    const before = await db.membershipApplication.count();
    const state = await apply(applicationFields());
    expect(state).toMatchObject({ ok: false, message: { key: "units.admission.apply.rateLimited" } });
    expect(await db.membershipApplication.count()).toBe(before);

    request.ip = `192.0.2.${uniqueSuffix()}`;
    expect((await apply(applicationFields())).ok).toBe(true);
  });

  it("counts by the address the server stamped, never by X-Forwarded-For", async () => {
    await apply(applicationFields());
    const counted = await db.rateLimitCounter.findMany({ where: { key: { startsWith: "join:ip:" } } });
    expect(counted.find((row) => row.key === `join:ip:${request.ip}`)?.count).toBe(1);
    expect(counted.some((row) => row.key.includes("198.51.100.250"))).toBe(false);
  });

  it("lets only the allowed number through when many applications arrive at once", async () => {
    const states = await Promise.all(Array.from({ length: 12 }, () => apply(applicationFields())));
    expect(states.filter((state) => state.ok)).toHaveLength(joinLimit.max);
  });
});
