import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { nextStatus, startsFrom, type LifecycleAction } from "@/lib/activities/lifecycle/transitions";

type Actor = { id: number; unitId: number };

/** The lead's sign-up switches: each is one step of the transition table, from one status. */
export const signUpSteps = {
  open: "openSignUp",
  close: "closeSignUp",
  reopen: "reopenSignUp",
} as const satisfies Record<string, LifecycleAction>;
export type SignUpStep = keyof typeof signUpSteps;

/**
 * Opens, closes or reopens sign-up. A conditional update on (lead, status) makes a double
 * click or two tabs end with one change and a clear message for the other.
 */
export async function changeSignUp(actor: Actor, activityId: number, step: SignUpStep): Promise<void> {
  const action = signUpSteps[step];
  const from = startsFrom(action)[0]!;
  const to = nextStatus(action, from)!;
  await db.$transaction(async (tx) => {
    const activity = await tx.activity.findFirst({
      where: { id: activityId, plan: { status: "PUBLISHED" } },
      select: { leadUnitId: true, status: true },
    });
    if (!activity) throw new DomainError("activities.participation.notFound");
    if (activity.leadUnitId !== actor.unitId) throw new DomainError("core.errors.forbidden");
    const { count } = await tx.activity.updateMany({
      where: { id: activityId, leadUnitId: actor.unitId, status: from },
      data: { status: to, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("activities.participation.wrongStatus");
    await recordAudit(tx, {
      actorId: actor.id,
      action: `activity.${step}SignUp`,
      entity: "Activity",
      entityId: activityId,
      unitId: actor.unitId,
      before: { status: from },
      after: { status: to },
    });
  });
}
