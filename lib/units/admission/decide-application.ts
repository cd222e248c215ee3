import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { ApplicationStatus, Prisma } from "@/lib/generated/prisma/client";
import type { RejectInput, RequestInfoInput } from "./schemas";

export const openStatuses: ApplicationStatus[] = ["PENDING", "NEEDS_INFO"];

/**
 * Moves an open application on, only if it is still at the version the admin saw: of two
 * admins deciding at once, exactly one matches; the other is told someone else decided.
 */
export async function claimOpenApplication(
  tx: Tx,
  target: { id: number; version: number },
  data: Prisma.MembershipApplicationUncheckedUpdateManyInput,
) {
  const before = await tx.membershipApplication.findUnique({ where: { id: target.id } });
  if (!before) throw new DomainError("units.admission.review.notFound");
  const { count } = await tx.membershipApplication.updateMany({
    where: { id: target.id, version: target.version, status: { in: openStatuses } },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new DomainError("units.admission.review.alreadyDecided");
  return before;
}

/** Asks the applicant for more information: NEEDS_INFO, with the question shown to them. */
export async function requestMoreInfo(actorId: number, input: RequestInfoInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await claimOpenApplication(tx, input, {
      status: "NEEDS_INFO",
      adminMessage: input.message,
    });
    await recordAudit(tx, {
      actorId,
      action: "application.requestInfo",
      entity: "MembershipApplication",
      entityId: input.id,
      before: { status: before.status, adminMessage: before.adminMessage },
      after: { status: "NEEDS_INFO", adminMessage: input.message },
    });
  });
}

/** Turns an application down with a reason the applicant sees. */
export async function rejectApplication(actorId: number, input: RejectInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await claimOpenApplication(tx, input, {
      status: "REJECTED",
      adminMessage: input.reason,
      decidedById: actorId,
      decidedAt: new Date(),
    });
    await recordAudit(tx, {
      actorId,
      action: "application.reject",
      entity: "MembershipApplication",
      entityId: input.id,
      before: { status: before.status },
      after: { status: "REJECTED", adminMessage: input.reason },
    });
  });
}
