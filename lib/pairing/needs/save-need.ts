import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { assertLive, assertVersion, lockNeed } from "./lock-need";
import type { CreateNeedInput, UpdateNeedInput } from "./schemas";

/** The columns the need form edits. */
function needData(input: CreateNeedInput) {
  return {
    communityId: input.communityId,
    title: input.title,
    description: input.description,
    address: input.address,
    latitude: input.latitude,
    longitude: input.longitude,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    volunteersWanted: input.volunteersWanted,
    skills: input.skills,
    sizeValue: input.sizeValue,
    sizeUnit: input.sizeValue === null ? "" : input.sizeUnit,
  };
}

/** A forged or deleted community is refused next to its field. */
async function assertCommunity(tx: Tx, communityId: number): Promise<void> {
  const found = await tx.community.findUnique({ where: { id: communityId }, select: { id: true } });
  if (!found) throw new DomainError("pairing.needs.errors.communityNotFound", undefined, "communityId");
}

/** Posts a need on the board (OPEN); returns its id. */
export async function createNeed(actor: AdminActor, input: CreateNeedInput): Promise<number> {
  return db.$transaction(async (tx) => {
    await assertCommunity(tx, input.communityId);
    const need = await tx.need.create({
      data: { ...needData(input), postedById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "need.create",
      entity: "Need",
      entityId: need.id,
      after: needData(input),
    });
    return need.id;
  });
}

/** Saves an edit of a need still on the board, made from the version the form showed. */
export async function updateNeed(actor: AdminActor, input: UpdateNeedInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const locked = await lockNeed(tx, input.needId);
    assertLive(locked);
    assertVersion(locked, input.version);
    await assertCommunity(tx, input.communityId);
    const before = await tx.need.findUniqueOrThrow({ where: { id: locked.id } });
    await tx.need.update({
      where: { id: locked.id },
      data: { ...needData(input), version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "need.update",
      entity: "Need",
      entityId: locked.id,
      before,
      after: needData(input),
    });
  });
}
