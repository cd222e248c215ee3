// What the pages read: a meeting's attendance per invited unit with totals, and a unit's rates
// across the meetings of a year.
import { describe, expect, it } from "vitest";
import { getAttendance, getUnitAttendanceByYear } from "@/lib/meetings/attendance/queries";
import { createUnit } from "@/tests/factories";
import { answerInvitation, recordAttendanceRow } from "@/tests/factories/attendance";
import { createMeeting } from "@/tests/factories/meetings";

const hour = 3_600_000;

describe("a meeting's attendance", () => {
  it("lists invited units with their status and totals, 'not checked in' while it runs", async () => {
    const [present, excused, silent] = [await createUnit(), await createUnit(), await createUnit()];
    const meeting = await createMeeting({ invite: [present.id, excused.id, silent.id], startsInHours: -0.5 });
    await answerInvitation(meeting.id, excused.id, "EXCUSED");
    await recordAttendanceRow(meeting.id, present.id, "PRESENT", 3);

    const during = await getAttendance(meeting.id);
    const byUnit = new Map(during!.rows.map((row) => [row.unitId, row]));
    expect(byUnit.get(present.id)).toMatchObject({ status: "PRESENT", headcount: 3, method: "ADMIN" });
    expect(byUnit.get(excused.id)).toMatchObject({ status: null, rsvp: "EXCUSED" });
    expect(byUnit.get(silent.id)).toMatchObject({ status: null, headcount: 0, method: null });
    expect(during!.totals).toMatchObject({ invited: 3, PRESENT: 1, notCheckedIn: 2, people: 3 });

    const after = await getAttendance(meeting.id, new Date(Date.now() + 3 * hour));
    expect(after!.ended).toBe(true);
    expect(after!.totals).toMatchObject({ PRESENT: 1, EXCUSED: 1, ABSENT: 1, notCheckedIn: 0 });
  });

  it("is null for an unknown meeting", async () => {
    expect(await getAttendance(2_000_000_000)).toBeNull();
  });
});

describe("a unit's attendance rates", () => {
  // Fixed dates so the Beijing-time year boundaries are exact.
  const now = new Date("2025-12-31T12:00:00Z"); // 20:00 on 31 Dec in Beijing
  const at = (iso: string) => ({
    startsAt: new Date(iso),
    endsAt: new Date(new Date(iso).getTime() + 2 * hour),
  });

  it("counts ended, non-cancelled meetings of the year in Beijing time", async () => {
    const unit = await createUnit();
    const other = await createUnit();
    const invite = [unit.id, other.id];
    const present = await createMeeting({ invite, ...at("2025-03-01T02:00:00Z") });
    const delegate = await createMeeting({ invite, ...at("2025-05-01T02:00:00Z") });
    await createMeeting({ invite, ...at("2025-06-01T02:00:00Z") }); // nothing recorded: absent
    const excused = await createMeeting({ invite, ...at("2025-07-01T02:00:00Z") });
    const cancelled = await createMeeting({
      invite,
      ...at("2025-08-01T02:00:00Z"),
      status: "CANCELLED",
      cancelReason: "改期",
    });
    await createMeeting({ invite, ...at("2025-12-31T11:00:00Z") }); // still running at `now`
    await createMeeting({ invite, ...at("2026-01-05T02:00:00Z") }); // future
    // 1 Jan 2025 06:00 in Beijing, still 2024 in UTC: counts for 2025.
    const newYear = await createMeeting({ invite, ...at("2024-12-31T22:00:00Z") });
    const lastYear = await createMeeting({ invite, ...at("2024-10-01T02:00:00Z") });
    await createMeeting({ invite: [other.id], ...at("2025-09-01T02:00:00Z") }); // not invited

    await recordAttendanceRow(present.id, unit.id, "PRESENT", 2);
    await recordAttendanceRow(delegate.id, unit.id, "DELEGATE");
    await answerInvitation(excused.id, unit.id, "EXCUSED");
    await recordAttendanceRow(cancelled.id, unit.id, "PRESENT");
    await recordAttendanceRow(newYear.id, unit.id, "ABSENT");
    await recordAttendanceRow(lastYear.id, unit.id, "PRESENT");

    const years = await getUnitAttendanceByYear(unit.id, now);
    expect(years).toEqual([
      { year: 2025, meetings: 5, PRESENT: 1, DELEGATE: 1, EXCUSED: 1, ABSENT: 2, rate: 0.4 },
      { year: 2024, meetings: 1, PRESENT: 1, DELEGATE: 0, EXCUSED: 0, ABSENT: 0, rate: 1 },
    ]);
  });

  it("shows the current year with no meetings and no rate", async () => {
    const unit = await createUnit();
    expect(await getUnitAttendanceByYear(unit.id, now)).toEqual([
      { year: 2025, meetings: 0, PRESENT: 0, DELEGATE: 0, EXCUSED: 0, ABSENT: 0, rate: null },
    ]);
  });
});
