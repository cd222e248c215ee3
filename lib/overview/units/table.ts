import "server-only";
import { db } from "@/lib/core/db";
import { getCommitmentGrid } from "@/lib/activities/commitments/queries";
import { getServiceTotalsByUnit } from "@/lib/overview/results/queries";
import { minDate } from "./unit-reads";
import { beijingYearWindow } from "./year-window";
import type { UnitYearRow } from "./types";

// The annual report's table per unit (issue 16, item 4): a fixed number of reads for all units,
// never one per unit. Each figure means what it means on the unit's own year page
// (unit-reads.ts): items led and joined leave out cancelled ones; meetings are those the unit
// was invited to that were not cancelled and have begun; volunteers and hours are the unit's
// part as lib/overview/results counts it.

/** One row per active unit (category, then name), as of `now` (meetings still to come do not count). */
export async function getUnitYearTable(year: number, now: Date = new Date()): Promise<UnitYearRow[]> {
  const window = beijingYearWindow(year);
  const begun = {
    status: { not: "CANCELLED" as const },
    startsAt: { gte: window.gte, lt: minDate(window.lt, now) },
  };
  const [units, grid, led, joined, invitations, attended, service] = await Promise.all([
    db.unit.findMany({
      where: { status: "ACTIVE" },
      orderBy: [{ category: "asc" }, { name: "asc" }],
      select: { id: true, name: true, shortName: true, slug: true, category: true },
    }),
    getCommitmentGrid(year),
    db.activity.groupBy({
      by: ["leadUnitId"],
      where: { year, status: { not: "CANCELLED" }, leadUnitId: { not: null } },
      _count: { _all: true },
    }),
    db.participation.findMany({
      where: { status: "JOINED", activity: { year, status: { not: "CANCELLED" } } },
      select: { unitId: true, activity: { select: { leadUnitId: true } } },
    }),
    db.meetingInvitation.findMany({ where: { meeting: begun }, select: { meetingId: true, unitId: true } }),
    db.meetingAttendance.findMany({
      where: { meeting: begun, status: { in: ["PRESENT", "DELEGATE"] } },
      select: { meetingId: true, unitId: true },
    }),
    getServiceTotalsByUnit(year),
  ]);

  const scores = new Map(grid.rows.map((row) => [row.unit.id, row]));
  const ledBy = new Map(led.map((group) => [group.leadUnitId!, group._count._all]));
  const joinedBy = countBy(joined.filter((p) => p.activity.leadUnitId !== p.unitId).map((p) => p.unitId));
  const invitedKeys = new Set(invitations.map((i) => `${i.meetingId}:${i.unitId}`));
  const invitedBy = countBy(invitations.map((i) => i.unitId));
  // Only attendance at meetings the unit was invited to: attended never exceeds invited.
  const attendedBy = countBy(
    attended.filter((a) => invitedKeys.has(`${a.meetingId}:${a.unitId}`)).map((a) => a.unitId),
  );

  return units.map((unit) => {
    const row = scores.get(unit.id);
    const commitments = (row?.scores ?? []).map(({ commitment, status }) => ({
      commitment,
      status,
      claimed: status === "SUBMITTED" || status === "CONFIRMED",
      confirmed: status === "CONFIRMED",
    }));
    const totals = service.get(unit.id);
    return {
      unit,
      commitments,
      claimed: row?.claimed ?? 0,
      confirmed: row?.confirmed ?? 0,
      led: ledBy.get(unit.id) ?? 0,
      joined: joinedBy.get(unit.id) ?? 0,
      meetings: { attended: attendedBy.get(unit.id) ?? 0, invited: invitedBy.get(unit.id) ?? 0 },
      volunteers: totals?.volunteers ?? 0,
      hours: totals?.hours ?? 0,
    };
  });
}

function countBy(keys: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
