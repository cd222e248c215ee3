// Decisions (议定事项) of joint meetings, for the decisions tests.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uniqueSuffix } from "./index";

/** A calendar day `days` from today (UTC midnight, as @db.Date stores it); negative is past. */
export function dayFromToday(days: number): Date {
  const now = new Date(Date.now() + 8 * 3_600_000); // Beijing's calendar day
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}

export async function createDecision(
  meetingId: number,
  ownerUnitId: number,
  overrides: Partial<Prisma.DecisionUncheckedCreateInput> = {},
) {
  return db.decision.create({
    data: {
      meetingId,
      ownerUnitId,
      title: `测试议定事项${uniqueSuffix()}`,
      dueOn: dayFromToday(30),
      ...overrides,
    },
  });
}

/** A status report on a decision, as if its owner had sent one. */
export async function createDecisionUpdate(
  decisionId: number,
  actorId: number,
  toStatus: "OPEN" | "IN_PROGRESS" | "DONE" | "DROPPED" = "IN_PROGRESS",
) {
  return db.$transaction(async (tx) => {
    const decision = await tx.decision.update({
      where: { id: decisionId },
      data: { status: toStatus, version: { increment: 1 } },
    });
    return tx.decisionUpdate.create({
      data: { decisionId, fromStatus: "OPEN", toStatus: decision.status, note: "已启动", actorId },
    });
  });
}
