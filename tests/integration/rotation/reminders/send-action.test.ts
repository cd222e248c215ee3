// "Send due reminders now" on /admin/rotation/reminders: the admin's run, audited under their name.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { sendDueRotationReminders } from "@/lib/rotation/reminders/actions";
import { listSentRotationReminders } from "@/lib/rotation/reminders/queries";
import { createAdmin } from "@/tests/factories";
import {
  beforeMonthStarts,
  createDutyUnit,
  createScheduleWithDuties,
  dayMs,
  dutySoonNotices,
} from "@/tests/factories/rotation-reminders";
import { actAs, formData } from "@/tests/integration/helpers/session";

afterEach(() => vi.useRealTimers());

// The action checks the admin's session cookie at the faked time, and next-auth writes a
// session's times as 32-bit seconds: the years here stay before 2038.
const sessionSafeYear = (offset: number) => 2030 + offset;

describe("sendDueRotationReminders", () => {
  it("sends the due reminders, says how many, and records the admin in the audit log", async () => {
    const admin = await createAdmin();
    actAs(admin);
    const duty = await createDutyUnit();
    const { year } = await createScheduleWithDuties(
      [{ unitId: duty.unit.id, month: 10 }],
      "PUBLISHED",
      sessionSafeYear(1),
    );
    vi.useFakeTimers({ toFake: ["Date"], now: beforeMonthStarts(year, 10, 12 * dayMs) });
    const state = await sendDueRotationReminders(initialFormState, formData({}));
    expect(state).toMatchObject({
      ok: true,
      message: { key: "rotation.public.reminders.sent", values: { count: 1 } },
    });
    expect(await dutySoonNotices(duty.secretary.id)).toHaveLength(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "rotation.remind", entityId: `${year}-10` },
    });
    expect(audit.actorId).toBe(admin.id);
    // The admin page lists it: unit, month, kind, version.
    expect((await listSentRotationReminders())[0]).toMatchObject({
      month: 10,
      kind: "DAYS_14",
      unit: { name: duty.unit.name, slug: duty.unit.slug },
      schedule: { year, number: 1 },
    });

    const again = await sendDueRotationReminders(initialFormState, formData({}));
    expect(again.message).toEqual({ key: "rotation.public.reminders.sent", values: { count: 0 } });
    expect(await dutySoonNotices(duty.secretary.id)).toHaveLength(1);
  });

  it("refuses a secretary, sending nothing", async () => {
    const duty = await createDutyUnit();
    const { year } = await createScheduleWithDuties(
      [{ unitId: duty.unit.id, month: 10 }],
      "PUBLISHED",
      sessionSafeYear(2),
    );
    vi.useFakeTimers({ toFake: ["Date"], now: beforeMonthStarts(year, 10, 12 * dayMs) });
    actAs(duty.secretary);
    const state = await sendDueRotationReminders(initialFormState, formData({}));
    expect(state.message?.key).toBe("core.errors.forbidden");
    expect(await dutySoonNotices(duty.secretary.id)).toEqual([]);
    expect(await db.rotationReminder.count({ where: { unitId: duty.unit.id } })).toBe(0);
  });
});
