// Plan activities and notifications for the feed and inbox tests.
import { db } from "@/lib/core/db";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { uniqueSuffix } from "./index";

export async function createPlan(year: number, status: "DRAFT" | "PUBLISHED" = "PUBLISHED") {
  return db.planYear.upsert({
    where: { year },
    create: {
      year,
      title: `${year}年度测试活动清单`,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
    update: {},
  });
}

/** An activity of `year`'s list; led by `leadUnitId` (CLAIMED) or unclaimed (PLANNED). */
export async function createPlanActivity(
  year: number,
  overrides: Partial<Prisma.ActivityUncheckedCreateInput> = {},
) {
  const leadUnitId = overrides.leadUnitId ?? null;
  return db.activity.create({
    data: {
      year,
      title: `测试活动${uniqueSuffix()}`,
      type: "READING_CLUB",
      commitment: "STUDY_EXCHANGE",
      plannedMonth: 3,
      status: leadUnitId === null ? "PLANNED" : "CLAIMED",
      claimedAt: leadUnitId === null ? null : new Date(),
      ...overrides,
    },
  });
}

export async function createNotification(
  userId: number,
  overrides: {
    kind?: NotificationKind;
    activityId?: number | null;
    values?: object;
    readAt?: Date | null;
  } = {},
) {
  return db.notification.create({
    data: {
      userId,
      kind: overrides.kind ?? "ACTIVITY_JOINED",
      activityId: overrides.activityId ?? null,
      values: (overrides.values ?? {
        title: "测试活动",
        unit: "测试单位",
        headcount: 5,
      }) as Prisma.InputJsonValue,
      readAt: overrides.readAt ?? null,
    },
  });
}
