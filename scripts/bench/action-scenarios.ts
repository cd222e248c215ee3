// The claim and booking scenarios. Each request does new work, as a secretary's click does:
// - claim: the secretary's unit claims one more unclaimed item of the current year (a pool the
//   bench adds just before; the plan's per-unit lead limit is raised so the limit check still
//   runs but does not refuse), posted to that item's page as the claim button posts it;
// - booking: the booking form's action (book, then open the booking in /my/bookings) for a new
//   free one-hour slot of another unit's venue, posted to the venue's booking page.
// Refusals (the action answers 200 with a form state that is not ok) count as errors.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ACTION_BOUNDARY, actionBody, actionHeaders, findActionId, refusedAnswer } from "./actions";
import { bookingSlots } from "./booking-slots";
import type { LoadSpec } from "./cannon";

/** More than the server can claim or book in the time given, so no request repeats one. */
const perSecondCeiling = 400;

export interface ActionSetup {
  db: PrismaClient;
  manifest: unknown;
  origin: string;
  cookie: string;
  unitId: number;
  seconds: number;
  now: Date;
}

export async function claimScenario(setup: ActionSetup): Promise<LoadSpec> {
  const { db, now } = setup;
  const year = now.getFullYear();
  const count = (setup.seconds + 3) * perSecondCeiling;
  await db.planYear.update({ where: { year }, data: { maxLeadsPerUnit: count + 100 } });
  const items = await db.activity.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      year,
      position: 100_000 + i,
      title: `压测认领项目 ${i + 1}`,
      type: "OTHER" as const,
      commitment: "YOUTH_PROJECT" as const,
      plannedMonth: 12,
      status: "PLANNED" as const,
    })),
    select: { id: true },
  });
  const id = findActionId(setup.manifest, "lib/activities/participation/actions.ts", "claimActivity");
  const headers = actionHeaders(id, setup.origin, setup.cookie);
  let next = 0;
  return {
    name: "claim (action)",
    kind: "action",
    method: "POST",
    path: `/activities/${items[0]!.id}`,
    headers,
    setupRequest: (request) => {
      const activityId = items[next++ % items.length]!.id;
      return {
        ...request,
        path: `/activities/${activityId}`,
        body: actionBody({ activityId: String(activityId), intent: "claim" }, ACTION_BOUNDARY),
      };
    },
    refused: refusedAnswer,
  };
}

export async function bookingScenario(setup: ActionSetup): Promise<LoadSpec> {
  const { db, now } = setup;
  const venues = await db.venue.findMany({
    where: { active: true, bookingMode: "BOOKABLE", monthlyQuota: null, unitId: { not: setup.unitId } },
    select: {
      id: true,
      minNoticeHours: true,
      maxAdvanceDays: true,
      maxDurationMinutes: true,
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true } },
    },
    orderBy: { id: "asc" },
  });
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10); // Beijing
  const usable = venues.filter((venue) => venue.maxDurationMinutes >= 60);
  const slots = bookingSlots(usable, today, (setup.seconds + 3) * perSecondCeiling);
  if (slots.length === 0) throw new Error("no bookable venue for the booking scenario");
  const id = findActionId(setup.manifest, "lib/venues/bookings/actions.ts", "bookAndOpen");
  const headers = actionHeaders(id, setup.origin, setup.cookie);
  let next = 0;
  return {
    name: "booking (action)",
    kind: "action",
    method: "POST",
    path: `/venues/${slots[0]!.venueId}/book`,
    headers,
    setupRequest: (request) => {
      const n = next++;
      const slot = slots[n % slots.length]!;
      const fields = {
        venueId: String(slot.venueId),
        court: "any",
        date: slot.date,
        startTime: slot.startTime,
        endTime: slot.endTime,
        purpose: "压测预约",
        headcount: "8",
        weeks: "1",
        requestKey: `bench-request-${n}`,
      };
      return { ...request, path: `/venues/${slot.venueId}/book`, body: actionBody(fields, ACTION_BOUNDARY) };
    },
    refused: refusedAnswer,
  };
}
