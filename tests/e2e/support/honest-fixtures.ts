// Records of the honest-states spec: a unit that already leads its one item of the year, an
// unclaimed item nobody else touches, and a reader whose inbox holds one message about it.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { demoPassword } from "./accounts";
import { createFixtureUnit } from "./fixture-unit";

export const honestFixtures = {
  /** Leads `ledTitle` this year, so it is at the year's limit (maxLeadsPerUnit = 1). */
  leadAtLimit: "e2e-honest-lead",
  /** Has one unread message about `unclaimedTitle`. */
  inboxReader: "e2e-inbox-reader",
  ledTitle: "E2E 已牵头测试活动",
  unclaimedTitle: "E2E 上限测试待认领活动",
} as const;

export async function addHonestFixtures(db: PrismaClient): Promise<void> {
  const passwordHash = await bcrypt.hash(demoPassword, 10);
  // The demo's current list (seeded for the year the run starts in); this month is never past.
  const plan = await db.planYear.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { year: "desc" },
  });
  const { month } = beijingYearMonth();
  const users: Record<string, number> = {};
  const units: Record<string, number> = {};
  for (const slug of [honestFixtures.leadAtLimit, honestFixtures.inboxReader]) {
    const { unitId, userId } = await createFixtureUnit(db, slug, passwordHash);
    units[slug] = unitId;
    users[slug] = userId;
  }
  const item = { year: plan.year, plannedMonth: month, type: "OTHER", commitment: "BACKBONE_TEAM" } as const;
  await db.activity.create({
    data: {
      ...item,
      title: honestFixtures.ledTitle,
      leadUnitId: units[honestFixtures.leadAtLimit],
      status: "CLAIMED",
      claimedAt: new Date(),
    },
  });
  const unclaimed = await db.activity.create({
    data: { ...item, title: honestFixtures.unclaimedTitle, status: "PLANNED", position: 999 },
  });
  await db.notification.create({
    data: {
      userId: users[honestFixtures.inboxReader]!,
      kind: "ACTIVITY_CHANGED",
      activityId: unclaimed.id,
      values: {
        title: honestFixtures.unclaimedTitle,
        date: `${plan.year}-${String(month).padStart(2, "0")}-28`,
      },
    },
  });
}
