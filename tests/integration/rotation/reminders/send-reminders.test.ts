// Duty reminders 14 and 3 days before a month starts: each exactly once, published schedules only.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { sendRotationReminders } from "@/lib/rotation/reminders/send-reminders";
import { createSecretary } from "@/tests/factories";
import { createRotationSchedule } from "@/tests/factories/rotation";
import {
  beforeMonthStarts,
  createDutyUnit,
  createScheduleWithDuties,
  dayMs,
  dutySoonNotices,
} from "@/tests/factories/rotation-reminders";

const hourMs = 3_600_000;
const remindersOf = (scheduleId: number) =>
  db.rotationReminder.findMany({
    where: { scheduleId },
    select: { unitId: true, month: true, kind: true },
    orderBy: [{ unitId: "asc" }, { kind: "asc" }],
  });
// Audit entries are append-only; each test's entries are told apart by their duty year.
const auditRuns = (year: number) =>
  db.auditLog.count({ where: { action: "rotation.remind", entityId: { startsWith: `${year}-` } } });

// Each test sees only its own rotation data (the file's database is shared by its tests).
beforeEach(async () => {
  await db.rotationYear.deleteMany();
});

describe("sendRotationReminders", () => {
  it("sends the 14-day reminder to the month's duty units only, once, with the days left", async () => {
    const march = await createDutyUnit();
    const april = await createDutyUnit();
    const { year, schedule } = await createScheduleWithDuties([
      { unitId: march.unit.id, month: 3 },
      { unitId: april.unit.id, month: 4 },
    ]);
    const now = beforeMonthStarts(year, 3, 10 * dayMs);
    expect(await sendRotationReminders(now)).toBe(1);
    expect(await dutySoonNotices(march.secretary.id)).toEqual([
      { values: { date: `${year}-03`, headcount: 10 }, activityId: null, meetingId: null },
    ]);
    expect(await dutySoonNotices(april.secretary.id)).toEqual([]);
    expect(await remindersOf(schedule.id)).toEqual([{ unitId: march.unit.id, month: 3, kind: "DAYS_14" }]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "rotation.remind", entityId: `${year}-03` },
    });
    expect(audit).toMatchObject({ actorId: null, entity: "RotationReminder", entityId: `${year}-03` });
    expect(audit.after).toMatchObject({ sent: 1 });

    // The next hourly runs in the same window send nothing and write no audit entry.
    expect(await sendRotationReminders(new Date(now.getTime() + hourMs))).toBe(0);
    expect(await sendRotationReminders(beforeMonthStarts(year, 3, 3 * dayMs + 1))).toBe(0);
    expect(await dutySoonNotices(march.secretary.id)).toHaveLength(1);
    expect(await auditRuns(year)).toBe(1);
  });

  it("then sends the 3-day reminder once, and nothing once the month has started", async () => {
    const duty = await createDutyUnit();
    const { year, schedule } = await createScheduleWithDuties([{ unitId: duty.unit.id, month: 7 }]);
    expect(await sendRotationReminders(beforeMonthStarts(year, 7, 14 * dayMs))).toBe(1);
    expect(await sendRotationReminders(beforeMonthStarts(year, 7, 3 * dayMs))).toBe(1);
    expect(await sendRotationReminders(beforeMonthStarts(year, 7, 2 * dayMs))).toBe(0);
    expect(await sendRotationReminders(beforeMonthStarts(year, 7, 0))).toBe(0);
    const notices = await dutySoonNotices(duty.secretary.id);
    expect(notices.map((notice) => notice.values)).toEqual([
      { date: `${year}-07`, headcount: 14 },
      { date: `${year}-07`, headcount: 3 },
    ]);
    expect((await remindersOf(schedule.id)).map((row) => row.kind).sort()).toEqual(["DAYS_14", "DAYS_3"]);
    expect(await auditRuns(year)).toBe(2);
  });

  it("sends nothing more than 14 days ahead", async () => {
    const duty = await createDutyUnit();
    const { year } = await createScheduleWithDuties([{ unitId: duty.unit.id, month: 5 }]);
    expect(await sendRotationReminders(beforeMonthStarts(year, 5, 14 * dayMs + 1))).toBe(0);
    expect(await dutySoonNotices(duty.secretary.id)).toEqual([]);
    expect(await auditRuns(year)).toBe(0);
  });

  it("after downtime inside the 3-day window, sends only the 3-day reminder (never a late 14-day one)", async () => {
    const duty = await createDutyUnit();
    const { year, schedule } = await createScheduleWithDuties([{ unitId: duty.unit.id, month: 9 }]);
    expect(await sendRotationReminders(beforeMonthStarts(year, 9, 30 * hourMs))).toBe(1);
    expect(await sendRotationReminders(beforeMonthStarts(year, 9, 20 * hourMs))).toBe(0);
    expect(await remindersOf(schedule.id)).toEqual([{ unitId: duty.unit.id, month: 9, kind: "DAYS_3" }]);
    expect((await dutySoonNotices(duty.secretary.id)).map((notice) => notice.values)).toEqual([
      { date: `${year}-09`, headcount: 2 },
    ]);
  });

  it("sends each reminder exactly once when runs happen at the same moment", async () => {
    const duties = await Promise.all([createDutyUnit(), createDutyUnit(), createDutyUnit()]);
    const { year, schedule } = await createScheduleWithDuties(
      duties.map((duty) => ({ unitId: duty.unit.id, month: 11 })),
    );
    const now = beforeMonthStarts(year, 11, 5 * dayMs);
    const counts = await Promise.all(Array.from({ length: 6 }, () => sendRotationReminders(now)));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(3);
    for (const duty of duties) expect(await dutySoonNotices(duty.secretary.id)).toHaveLength(1);
    expect(await remindersOf(schedule.id)).toHaveLength(3);
    expect(await auditRuns(year)).toBe(1);
  });

  it("notifies every active secretary of a unit but counts the unit once", async () => {
    const duty = await createDutyUnit();
    const deputy = await createSecretary(duty.unit.id, { unitRole: "DEPUTY" });
    const inactive = await createSecretary(duty.unit.id, { unitRole: "DEPUTY", active: false });
    const { year } = await createScheduleWithDuties([{ unitId: duty.unit.id, month: 6 }]);
    expect(await sendRotationReminders(beforeMonthStarts(year, 6, 7 * dayMs))).toBe(1);
    expect(await dutySoonNotices(duty.secretary.id)).toHaveLength(1);
    expect(await dutySoonNotices(deputy.id)).toHaveLength(1);
    expect(await dutySoonNotices(inactive.id)).toHaveLength(0);
  });

  it("crosses the year: late December reminds January's duty units of the next year", async () => {
    const duty = await createDutyUnit();
    const { year } = await createScheduleWithDuties([{ unitId: duty.unit.id, month: 1 }]);
    // 25 December of the year before, noon in Beijing.
    const now = new Date(Date.UTC(year - 1, 11, 25, 4));
    expect(await sendRotationReminders(now)).toBe(1);
    expect((await dutySoonNotices(duty.secretary.id))[0]!.values).toEqual({
      date: `${year}-01`,
      headcount: 7,
    });
  });

  it("ignores drafts and withdrawn units", async () => {
    const drafted = await createDutyUnit();
    const withdrawn = await createDutyUnit();
    await db.unit.update({ where: { id: withdrawn.unit.id }, data: { status: "WITHDRAWN" } });
    const draft = await createScheduleWithDuties([{ unitId: drafted.unit.id, month: 3 }], "DRAFT");
    expect(await sendRotationReminders(beforeMonthStarts(draft.year, 3, 5 * dayMs))).toBe(0);
    const published = await createScheduleWithDuties([{ unitId: withdrawn.unit.id, month: 3 }]);
    expect(await sendRotationReminders(beforeMonthStarts(published.year, 3, 5 * dayMs))).toBe(0);
    expect(await dutySoonNotices(drafted.secretary.id)).toEqual([]);
    expect(await db.rotationReminder.count()).toBe(0);
    expect(await auditRuns(draft.year)).toBe(0);
    expect(await auditRuns(published.year)).toBe(0);
  });

  it("follows the published version: superseded duties are ignored, unchanged ones not repeated", async () => {
    const stays = await createDutyUnit();
    const leaves = await createDutyUnit();
    const arrives = await createDutyUnit();
    const first = await createScheduleWithDuties([
      { unitId: stays.unit.id, month: 4 },
      { unitId: leaves.unit.id, month: 4 },
    ]);
    const now = beforeMonthStarts(first.year, 4, 10 * dayMs);
    expect(await sendRotationReminders(now)).toBe(2);

    // Version 2 replaces "leaves" with "arrives" in April.
    await db.rotationSchedule.update({ where: { id: first.schedule.id }, data: { status: "SUPERSEDED" } });
    const second = await createRotationSchedule(first.year, first.admin.id, [
      { unitId: stays.unit.id, month: 4 },
      { unitId: arrives.unit.id, month: 4 },
    ]);
    expect(await sendRotationReminders(new Date(now.getTime() + hourMs))).toBe(1);
    expect(await remindersOf(second.id)).toEqual([{ unitId: arrives.unit.id, month: 4, kind: "DAYS_14" }]);
    expect(await dutySoonNotices(stays.secretary.id)).toHaveLength(1);
    expect(await dutySoonNotices(arrives.secretary.id)).toHaveLength(1);

    // The 3-day reminder goes to the current duty units only.
    expect(await sendRotationReminders(beforeMonthStarts(first.year, 4, dayMs))).toBe(2);
    expect(await dutySoonNotices(leaves.secretary.id)).toHaveLength(1);
    expect(await dutySoonNotices(stays.secretary.id)).toHaveLength(2);
    expect(await dutySoonNotices(arrives.secretary.id)).toHaveLength(2);
  });
});
