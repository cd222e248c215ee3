// Property test of representative server actions through the real pipeline (runAction with a
// real session, schema, policy and PostgreSQL): a valid form with one to three fields replaced
// by hostile values never throws, always answers a form state, and a refusal writes nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { createBooking } from "@/lib/venues/bookings/actions";
import { submitApplication } from "@/lib/units/admission/actions";
import { updateMyUnitProfile } from "@/lib/units/self-service/actions";
import { createActivity } from "@/lib/activities/admin/actions";
import { createUnit as createUnitAction } from "@/lib/units/admin/actions";
import { addDays, beijingDate } from "@/lib/core/time/beijing";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createVenue } from "@/tests/factories/venues";
import { createPlan } from "@/tests/factories/plan-admin";
import { hostileString, hostileValue } from "@/tests/fuzz/hostile-values";
import { actAs, formData } from "@/tests/integration/helpers/session";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;
type Case = {
  name: string;
  action: Action;
  actor: () => { id: number; name: string } | null;
  base: () => Record<string, string>;
};

const counts = async () => ({
  units: await db.unit.count(),
  bookings: await db.booking.count(),
  activities: await db.activity.count(),
  applications: await db.membershipApplication.count(),
  audits: await db.auditLog.count(),
  notifications: await db.notification.count(),
});

/** A form-state answer: ok, and optionally a message key, field errors and values. */
function expectFormState(state: unknown) {
  expect(state).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
  const { message, fieldErrors } = state as FormState;
  if (message) expect(message.key).toMatch(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/);
  for (const errors of Object.values(fieldErrors ?? {})) {
    for (const error of errors ?? []) expect(error.key).toMatch(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/);
  }
}

/** The base form with some fields replaced (or removed, or repeated as arrays). */
const mutated = (base: Record<string, string>) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...Object.keys(base)), hostileString), hostileValue), {
      minLength: 1,
      maxLength: 3,
    })
    .map((changes) => {
      const fields: Record<string, string | string[] | undefined> = { ...base };
      for (const [name, value] of changes) {
        fields[name] =
          value === undefined ? undefined : Array.isArray(value) ? value.map(String) : String(value);
      }
      return fields;
    });

describe("server actions under hostile form data", () => {
  const cases: Case[] = [];

  beforeAll(async () => {
    const admin = await createAdmin();
    const owner = await createUnit();
    const booker = await createUnit();
    const secretary = await createSecretary(booker.id);
    const venue = await createVenue(owner.id);
    await createPlan(2072, "DRAFT");
    const day = addDays(beijingDate(new Date()), 3);
    const unitVersion = (
      await db.unit.findUniqueOrThrow({ where: { id: booker.id } })
    ).updatedAt.toISOString();
    cases.push(
      {
        name: "submitApplication (public)",
        action: submitApplication,
        actor: () => null,
        base: () => ({
          orgName: "模糊测试青年团支部",
          category: "EMERGING_SECTOR",
          orgType: "BRANCH",
          district: "IN",
          address: "润州区测试路1号",
          contactName: "张三",
          mobile: "13800001234",
          email: "fuzz@example.org",
          motivation: "希望加入青工委，参与活动。",
        }),
      },
      {
        name: "createBooking (secretary)",
        action: createBooking,
        actor: () => secretary,
        base: () => ({
          venueId: String(venue.id),
          court: "any",
          date: day,
          startTime: "10:00",
          endTime: "11:00",
          purpose: "青年羽毛球联谊",
          headcount: "10",
          requestKey: crypto.randomUUID(),
        }),
      },
      {
        name: "updateMyUnitProfile (secretary)",
        action: updateMyUnitProfile,
        actor: () => secretary,
        base: () => ({
          intro: "简介",
          address: "地址",
          contactName: "李四",
          contactPhone: "0511-1234",
          version: unitVersion,
        }),
      },
      {
        name: "createUnit (admin)",
        action: createUnitAction,
        actor: () => admin,
        base: () => ({
          name: `模糊测试单位${crypto.randomUUID().slice(0, 8)}`,
          shortName: "模糊",
          slug: `fuzz-${crypto.randomUUID().slice(0, 8)}`,
          category: "EMERGING_SECTOR",
          orgType: "BRANCH",
          joinedOn: "2024-03-01",
        }),
      },
      {
        name: "createActivity (admin)",
        action: createActivity,
        actor: () => admin,
        base: () => ({
          year: "2072",
          title: "模糊测试读书会",
          type: "READING_CLUB",
          commitment: "STUDY_EXCHANGE",
          plannedMonth: "4",
        }),
      },
    );
  });

  it("never throws, always answers a form state, and writes nothing when it refuses", async () => {
    expect(cases).toHaveLength(5);
    for (const { name, action, actor, base } of cases) {
      await fc.assert(
        fc.asyncProperty(
          fc.constant(null).chain(() => mutated(base())),
          async (fields) => {
            actAs(actor());
            const before = await counts();
            let state: FormState;
            try {
              state = await action(initialFormState, formData(fields));
            } catch (error) {
              throw new Error(`${name} threw ${String(error)} for ${JSON.stringify(fields).slice(0, 300)}`);
            }
            expectFormState(state);
            if (!state.ok) expect(await counts()).toEqual(before);
          },
        ),
        { numRuns: 40 },
      );
    }
  });
});
