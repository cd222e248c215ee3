import "server-only";
import { db } from "@/lib/core/db";
import type { RotationSwapStatus } from "@/lib/generated/prisma/enums";

const unitName = { select: { id: true, name: true } } as const;

/** The year's published schedule with every duty (unit names included), or null. */
export async function getPublishedSchedule(year: number) {
  return db.rotationSchedule.findFirst({
    where: { year, status: "PUBLISHED" },
    select: {
      id: true,
      number: true,
      version: true,
      publishedAt: true,
      assignments: {
        orderBy: [{ month: "asc" }, { unitId: "asc" }],
        select: { month: true, unit: { select: { id: true, name: true, status: true } } },
      },
    },
  });
}

const swapFields = {
  id: true,
  status: true,
  fromMonth: true,
  toMonth: true,
  note: true,
  answerNote: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  fromUnit: unitName,
  toUnit: unitName,
  schedule: { select: { year: true, number: true, status: true } },
} as const;

/** Every swap the unit asked for or was asked, in the year's schedules, newest first. */
export async function listUnitSwaps(unitId: number, year: number) {
  return db.rotationSwap.findMany({
    where: { schedule: { year }, OR: [{ fromUnitId: unitId }, { toUnitId: unitId }] },
    orderBy: { createdAt: "desc" },
    select: swapFields,
  });
}

const openStatuses: RotationSwapStatus[] = ["REQUESTED", "ACCEPTED"];

/** Open swaps for the admin: accepted ones (ready to decide) first, oldest first within. */
export async function listOpenSwaps() {
  const swaps = await db.rotationSwap.findMany({
    where: { status: { in: openStatuses } },
    orderBy: { createdAt: "asc" },
    select: swapFields,
  });
  return [...swaps].sort((a, b) => Number(b.status === "ACCEPTED") - Number(a.status === "ACCEPTED"));
}

/** The latest decided or closed swaps, for the admin's "recently decided" list. */
export async function listRecentlyClosedSwaps(take = 10) {
  return db.rotationSwap.findMany({
    where: { status: { in: ["APPROVED", "REJECTED", "CANCELLED"] }, decidedById: { not: null } },
    orderBy: { updatedAt: "desc" },
    take,
    select: swapFields,
  });
}

export type SwapRow = Awaited<ReturnType<typeof listUnitSwaps>>[number];
