import type { Tx } from "@/lib/core/db";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { notifyUnit, type NotificationValues } from "@/lib/core/notifications/notify";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

// What every pairing mutation shares: reading the pairing as the form saw it, the rules about
// which units may be paired with a community, turning the live-pairing index's refusal into a
// message, and telling each unit of the pairing.

/** The partial unique index: one live pairing per unit and community (see the migration). */
export const livePairingIndex = "PairingUnit_live_unit_community_key";

export type PairingRow = Awaited<ReturnType<typeof readPairing>>;

export async function readPairing(tx: Tx, pairingId: number) {
  const pairing = await tx.pairing.findUnique({
    where: { id: pairingId },
    select: {
      id: true,
      status: true,
      version: true,
      reason: true,
      communityId: true,
      community: { select: { name: true, unitId: true } },
      units: { select: { unitId: true, unit: { select: { name: true, slug: true } } } },
    },
  });
  if (!pairing) throw new DomainError("pairing.pairings.notFound");
  return pairing;
}

/** A form loaded before someone else changed the pairing is refused, never applied. */
export function assertVersion(pairing: { version: number }, version: number): void {
  if (pairing.version !== version) throw new DomainError("pairing.pairings.changedMeanwhile");
}

/**
 * Bumps the version of a pairing still in `status` at `version`: of two admins acting at once
 * the database lets one through and the other is told the pairing changed meanwhile.
 */
export async function claimVersion(
  tx: Tx,
  pairing: { id: number; status: string; version: number },
  data: { status?: "ACTIVE" | "PAUSED" | "ENDED" | "DECLINED"; reason?: string } = {},
): Promise<void> {
  const { count } = await tx.pairing.updateMany({
    where: { id: pairing.id, status: pairing.status as never, version: pairing.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new DomainError("pairing.pairings.changedMeanwhile");
}

/** A community's own league branch is not paired with its own community. */
export function assertNotSelf(community: { unitId: number | null }, unitIds: number[], field: string): void {
  if (community.unitId !== null && unitIds.includes(community.unitId)) {
    throw new DomainError("pairing.pairings.selfPairing", undefined, field);
  }
}

/** Only admitted (active) member units are paired. */
export async function assertActiveUnits(tx: Tx, unitIds: number[], field: string): Promise<void> {
  const found = await tx.unit.count({ where: { id: { in: unitIds }, status: "ACTIVE" } });
  if (found !== unitIds.length) throw new DomainError("pairing.pairings.unitNotFound", undefined, field);
}

export async function findCommunity(tx: Tx, communityId: number) {
  const community = await tx.community.findUnique({
    where: { id: communityId },
    select: { id: true, name: true, unitId: true },
  });
  if (!community) throw new DomainError("pairing.pairings.communityNotFound", undefined, "communityId");
  return community;
}

/** Runs a write; a second live pairing of a unit with the community becomes a message. */
export async function refusingDuplicates<T>(write: () => Promise<T>, field: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, livePairingIndex)) {
      throw new DomainError("pairing.pairings.duplicate", undefined, field);
    }
    throw error;
  }
}

/** One notification per unit (their secretaries), linking to the pairing's page. */
export async function notifyUnits(
  tx: Tx,
  unitIds: number[],
  pairingId: number,
  kind: NotificationKind,
  values: NotificationValues,
): Promise<void> {
  for (const unitId of unitIds) await notifyUnit(tx, unitId, kind, { pairingId }, values);
}
