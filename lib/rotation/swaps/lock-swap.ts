import type { Tx } from "@/lib/core/db";
import type { RotationSwapStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/core/errors";

export type LockedSwap = {
  id: number;
  scheduleId: number;
  year: number;
  fromUnitId: number;
  fromMonth: number;
  toUnitId: number;
  toMonth: number;
  status: RotationSwapStatus;
  note: string;
  answerNote: string;
  version: number;
};

/** The swap row, locked for the rest of the transaction, with its schedule's year; or notFound. */
export async function lockSwap(tx: Tx, swapId: number): Promise<LockedSwap> {
  const rows = await tx.$queryRaw<LockedSwap[]>`
    SELECT s."id", s."scheduleId", r."year", s."fromUnitId", s."fromMonth", s."toUnitId", s."toMonth",
           s."status", s."note", s."answerNote", s."version"
    FROM "RotationSwap" s JOIN "RotationSchedule" r ON r."id" = s."scheduleId"
    WHERE s."id" = ${swapId}
    FOR UPDATE OF s`;
  const swap = rows[0];
  if (!swap) throw new DomainError("rotation.unit.errors.swapNotFound");
  return swap;
}

/** The schedule's year without locking (a schedule never changes year), for taking the year lock first. */
export async function swapYear(tx: Tx, swapId: number): Promise<number> {
  const swap = await tx.rotationSwap.findUnique({
    where: { id: swapId },
    select: { schedule: { select: { year: true } } },
  });
  if (!swap) throw new DomainError("rotation.unit.errors.swapNotFound");
  return swap.schedule.year;
}

export const openStatuses: RotationSwapStatus[] = ["REQUESTED", "ACCEPTED"];
