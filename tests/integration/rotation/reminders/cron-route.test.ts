// POST /api/cron/rotation-reminders: exists only with CRON_SECRET, and only its holder may run it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/cron/rotation-reminders/route";
import { db } from "@/lib/core/db";
import {
  beforeMonthStarts,
  createDutyUnit,
  createScheduleWithDuties,
  dayMs,
  dutySoonNotices,
} from "@/tests/factories/rotation-reminders";

const secret = "cron-test-secret-0123456789";
const call = (authorization?: string) =>
  POST(
    new Request("http://localhost/api/cron/rotation-reminders", {
      method: "POST",
      headers: authorization === undefined ? {} : { authorization },
    }),
  );

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("POST /api/cron/rotation-reminders", () => {
  it("answers 404 when no CRON_SECRET is configured, whatever is sent", async () => {
    vi.stubEnv("CRON_SECRET", "");
    expect((await call(`Bearer ${secret}`)).status).toBe(404);
    expect((await call()).status).toBe(404);
  });

  it("answers 401 without the right bearer token, and sends nothing", async () => {
    vi.stubEnv("CRON_SECRET", secret);
    const duty = await createDutyUnit();
    const { year } = await createScheduleWithDuties([{ unitId: duty.unit.id, month: 3 }]);
    vi.useFakeTimers({ toFake: ["Date"], now: beforeMonthStarts(year, 3, 5 * dayMs) });
    for (const header of [undefined, "Bearer wrong", secret, `Basic ${secret}`]) {
      const response = await call(header);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "unauthorized" });
    }
    expect(await dutySoonNotices(duty.secretary.id)).toEqual([]);
  });

  it("runs the reminders with the right token and says how many were sent", async () => {
    vi.stubEnv("CRON_SECRET", secret);
    const duty = await createDutyUnit();
    const { year, schedule } = await createScheduleWithDuties([{ unitId: duty.unit.id, month: 8 }]);
    vi.useFakeTimers({ toFake: ["Date"], now: beforeMonthStarts(year, 8, 5 * dayMs) });
    const first = await call(`Bearer ${secret}`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ sent: 1 });
    const again = await call(`Bearer ${secret}`);
    expect(await again.json()).toEqual({ sent: 0 });
    expect(await db.rotationReminder.count({ where: { scheduleId: schedule.id } })).toBe(1);
    expect(await dutySoonNotices(duty.secretary.id)).toHaveLength(1);
  });
});
