import "server-only";
import { db } from "@/lib/core/db";
import { listCommitmentsNotDone } from "@/lib/activities/commitments/queries";
import { listUnitOpenDecisions } from "@/lib/meetings/decisions/queries";
import { earliestHeldDate } from "@/lib/activities";
import { beijingMonthStart, beijingToday, beijingYearMonth } from "@/lib/core/time/beijing";
import { addDays, orderTodo, reportWindowDays, type TodoEntry } from "./todo";

/**
 * What needs the unit now (see lib/units/self-service/todo.ts), in order of urgency. Each kind is one query for
 * the unit alone; an entry leaves the list as soon as the record it is about is dealt with.
 */
export async function getMyTodo(unitId: number, now: Date = new Date()) {
  const today = beijingToday(now);
  const { year } = beijingYearMonth(now);
  const [activities, invitations, bookings, swaps, rotationYears, decisions, commitments] = await Promise.all(
    [
      db.activity.findMany({
        where: {
          leadUnitId: unitId,
          OR: [
            { status: "CLAIMED" },
            { status: "DONE", report: { is: null } },
            { report: { is: { status: "NEEDS_FIX" } } },
          ],
        },
        select: {
          id: true,
          title: true,
          year: true,
          plannedMonth: true,
          plannedDate: true,
          status: true,
          report: { select: { status: true, updatedAt: true } },
        },
      }),
      db.meetingInvitation.findMany({
        where: { unitId, response: "PENDING", meeting: { status: "SCHEDULED", startsAt: { gt: now } } },
        select: { meeting: { select: { id: true, title: true, startsAt: true } } },
      }),
      // A booking that has started can no longer be decided.
      db.booking.findMany({
        where: { venue: { unitId }, status: "PENDING", startsAt: { gt: now } },
        select: {
          id: true,
          startsAt: true,
          venue: { select: { name: true } },
          unit: { select: { name: true } },
        },
      }),
      db.rotationSwap.findMany({
        where: { toUnitId: unitId, status: "REQUESTED", schedule: { status: "PUBLISHED" } },
        select: {
          id: true,
          fromMonth: true,
          toMonth: true,
          fromUnit: { select: { name: true } },
          schedule: { select: { year: true } },
        },
      }),
      db.rotationYear.findMany({
        where: {
          year: { in: [year, year + 1] },
          preferenceDeadline: { gte: today },
          unitSettings: { none: { unitId } },
        },
        select: { year: true, preferenceDeadline: true },
      }),
      listUnitOpenDecisions(unitId, now),
      listCommitmentsNotDone(unitId, year),
    ],
  );

  const entries: TodoEntry[] = [];
  for (const activity of activities) {
    const held = earliestHeldDate(activity.year, activity.plannedMonth, activity.plannedDate);
    const base = { subject: activity.title, values: {}, timed: false };
    if (activity.status === "CLAIMED") {
      entries.push({
        ...base,
        kind: "schedule",
        key: `schedule-${activity.id}`,
        due: held,
        href: `/my/activities/${activity.id}`,
      });
    } else if (activity.report?.status === "NEEDS_FIX") {
      entries.push({
        ...base,
        kind: "reportFix",
        key: `report-${activity.id}`,
        due: addDays(beijingToday(activity.report.updatedAt), reportWindowDays),
        href: `/my/activities/${activity.id}/report`,
      });
    } else if (activity.status === "DONE") {
      entries.push({
        ...base,
        kind: "report",
        key: `report-${activity.id}`,
        due: addDays(held, reportWindowDays),
        href: `/my/activities/${activity.id}/report`,
      });
    }
  }
  for (const { meeting } of invitations) {
    entries.push({
      kind: "invitation",
      key: `invitation-${meeting.id}`,
      subject: meeting.title,
      values: {},
      due: meeting.startsAt,
      timed: true,
      href: `/meetings/${meeting.id}#rsvp-heading`,
    });
  }
  for (const booking of bookings) {
    entries.push({
      kind: "booking",
      key: `booking-${booking.id}`,
      subject: booking.venue.name,
      values: { unit: booking.unit.name },
      due: booking.startsAt,
      timed: true,
      href: `/my/bookings#booking-${booking.id}`,
    });
  }
  for (const swap of swaps) {
    // The swap must be settled before the earlier of its two months begins.
    const due = beijingMonthStart(swap.schedule.year, Math.min(swap.fromMonth, swap.toMonth));
    if (due <= now) continue;
    entries.push({
      kind: "swap",
      key: `swap-${swap.id}`,
      subject: swap.fromUnit.name,
      values: { fromMonth: swap.fromMonth, toMonth: swap.toMonth, year: swap.schedule.year },
      due,
      timed: false,
      href: `/my/rotation?year=${swap.schedule.year}#swap-${swap.id}`,
    });
  }
  for (const rotation of rotationYears) {
    entries.push({
      kind: "rotationPreferences",
      key: `rotation-${rotation.year}`,
      subject: "",
      values: { year: rotation.year },
      due: rotation.preferenceDeadline!,
      timed: false,
      href: `/my/rotation?year=${rotation.year}#preferences-heading`,
    });
  }
  for (const decision of decisions) {
    entries.push({
      kind: "decision",
      key: `decision-${decision.id}`,
      subject: decision.title,
      values: { meeting: decision.meeting.title },
      due: decision.dueOn,
      timed: false,
      href: `/my#my-decision-${decision.id}`,
    });
  }
  if (commitments.length > 0) {
    entries.push({
      kind: "commitments",
      key: `commitments-${year}`,
      subject: "",
      values: { year, count: commitments.length },
      commitments,
      due: new Date(Date.UTC(year, 11, 31)),
      timed: false,
      href: "/my/commitments",
    });
  }
  return orderTodo(entries, now);
}
