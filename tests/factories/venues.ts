// Venues for tests: open every day 08:00–22:00 (Beijing), bookable, auto-confirmed unless told.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uniqueSuffix } from "./index";

export async function createVenue(unitId: number, overrides: Partial<Prisma.VenueUncheckedCreateInput> = {}) {
  return db.venue.create({
    data: {
      unitId,
      name: `测试阵地${uniqueSuffix()}`,
      kind: "GYM",
      quantity: 1,
      capacity: 30,
      address: "润州区测试路 1 号",
      latitude: 32.2,
      longitude: 119.43,
      contactPhone: "0511-80000000",
      minNoticeHours: 0,
      needsApproval: false,
      ...overrides,
      openingHours: {
        create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 8 * 60, closesAt: 22 * 60 })),
      },
    },
  });
}
