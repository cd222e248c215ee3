import "server-only";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logTotals } from "@/lib/pairing/sites/totals";

// What a pairing has done together since it started, for its public page: the activities held
// at its community that its units led or joined, the service-log entries its units recorded at
// the community's service sites (with totals), and the community's needs its units helped meet.

type Scope = { communityId: number; unitIds: number[]; startsOn: Date };

/** Held on or after the start: by its date, or (not yet dated) by its planned month. */
function activitySince(startsOn: Date): Prisma.ActivityWhereInput {
  const year = startsOn.getUTCFullYear();
  const month = startsOn.getUTCMonth() + 1;
  return {
    OR: [
      { plannedDate: { gte: startsOn } },
      { plannedDate: null, year: { gt: year } },
      { plannedDate: null, year, plannedMonth: { gte: month } },
    ],
  };
}

async function jointActivities({ communityId, unitIds, startsOn }: Scope) {
  return db.activity.findMany({
    where: {
      AND: [
        { communityId, plan: { status: "PUBLISHED" }, status: { not: "CANCELLED" } },
        {
          OR: [
            { leadUnitId: { in: unitIds } },
            { participations: { some: { unitId: { in: unitIds }, status: "JOINED" } } },
          ],
        },
        activitySince(startsOn),
      ],
    },
    select: {
      id: true,
      title: true,
      year: true,
      plannedMonth: true,
      plannedDate: true,
      status: true,
      leadUnit: { select: { shortName: true } },
    },
    orderBy: [{ year: "desc" }, { plannedMonth: "desc" }, { id: "desc" }],
    take: 50,
  });
}

async function serviceLog({ communityId, unitIds, startsOn }: Scope) {
  return db.serviceLogEntry.findMany({
    where: {
      site: { communityId },
      servedOn: { gte: startsOn },
      units: { some: { unitId: { in: unitIds } } },
    },
    select: {
      id: true,
      servedOn: true,
      volunteers: true,
      hours: true,
      summary: true,
      site: { select: { id: true, name: true } },
      results: { select: { label: true, value: true, unit: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ servedOn: "desc" }, { id: "desc" }],
  });
}

async function needsMet({ communityId, unitIds }: Scope) {
  return db.need.findMany({
    where: {
      communityId,
      status: { in: ["MATCHED", "CLOSED"] },
      offers: { some: { status: "ACCEPTED", unitId: { in: unitIds } } },
    },
    select: { id: true, title: true, status: true, outcome: true, closedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export async function getPairingWork(scope: Scope) {
  const [activities, log, needs] = await Promise.all([
    jointActivities(scope),
    serviceLog(scope),
    needsMet(scope),
  ]);
  return { activities, log, totals: logTotals(log), needs };
}

export type PairingWork = Awaited<ReturnType<typeof getPairingWork>>;
