// Next year's rotation (活动轮值) inputs, so the demo admin can generate a schedule at once:
// duty in every month except February (Spring Festival), each unit once, preferences entered
// by some units before the deadline, and one pair that wants to serve together.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { calendarDate } from "./types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const PREFERENCES: Array<{ slug: string; preferences: number[]; blackouts?: number[] }> = [
  { slug: "china-post-zhenjiang", preferences: [3, 4], blackouts: [12] },
  { slug: "china-mobile-zhenjiang", preferences: [3, 5, 9] },
  { slug: "ruixiang-tech", preferences: [5, 6] },
  { slug: "demo-tax-runzhou", preferences: [4, 10], blackouts: [1] },
  { slug: "demo-icbc-runzhou", preferences: [6, 7] },
  { slug: "demo-culture-tourism", preferences: [10, 5] },
  { slug: "demo-volunteer-association", preferences: [3, 12], blackouts: [7, 8] },
  { slug: "demo-bus", preferences: [9, 11] },
];

export async function seedRotationInputs(tx: Tx, now: Date): Promise<void> {
  const year = now.getFullYear() + 1;
  const deadline = new Date(now.getTime() + 21 * 86_400_000);
  await tx.rotationYear.create({
    data: {
      year,
      dutyMonths: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      defaultTimes: 1,
      preferenceDeadline: calendarDate(deadline.getFullYear(), deadline.getMonth() + 1, deadline.getDate()),
    },
  });
  const units = await tx.unit.findMany({
    where: { slug: { in: PREFERENCES.map((p) => p.slug) } },
    select: { id: true, slug: true },
  });
  const idOf = (slug: string) => units.find((unit) => unit.slug === slug)!.id;
  await tx.rotationUnitSetting.createMany({
    data: PREFERENCES.map((p) => ({
      year,
      unitId: idOf(p.slug),
      preferences: p.preferences,
      blackouts: p.blackouts ?? [],
    })),
  });
  const [a, b] = [idOf("china-mobile-zhenjiang"), idOf("china-post-zhenjiang")].sort((x, y) => x - y);
  await tx.rotationPair.create({ data: { year, unitAId: a!, unitBId: b! } });
}
