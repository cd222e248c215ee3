// "Needs first, locality second" (需求为主、属地为辅), for one unit: needs of the communities the
// unit is paired with come first, then the others from the nearest to the farthest, then the
// needs whose distance cannot be known. Pure, so the order is tested without a database.

export type MapPoint = { latitude: number; longitude: number };

export type RankableNeed = {
  id: number;
  communityId: number;
  /** The need's own map point, if it has one. */
  point: MapPoint | null;
  /** Its community's map point, used when the need has none. */
  communityPoint: MapPoint | null;
  createdAt: Date;
};

export type RankingUnit = { point: MapPoint | null; pairedCommunityIds: readonly number[] };

/** Why a need stands where it does; `km` is given whenever both points are known. */
export type RankReason =
  | { kind: "paired"; km: number | null }
  | { kind: "near"; km: number }
  /** No distance: the need (and its community) has no map point, or the unit has none. */
  | { kind: "unknown"; missing: "need" | "unit" };

export type Ranked<N extends RankableNeed> = N & { reason: RankReason };

const earthRadiusKm = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: MapPoint, b: MapPoint): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

function reasonFor(need: RankableNeed, unit: RankingUnit, paired: ReadonlySet<number>): RankReason {
  const where = need.point ?? need.communityPoint;
  const km = where && unit.point ? distanceKm(unit.point, where) : null;
  if (paired.has(need.communityId)) return { kind: "paired", km };
  if (km !== null) return { kind: "near", km };
  return { kind: "unknown", missing: where ? "unit" : "need" };
}

const group = (reason: RankReason) => (reason.kind === "paired" ? 0 : reason.kind === "near" ? 1 : 2);
const kmOf = (reason: RankReason) => (reason.kind === "unknown" ? null : reason.km);

/**
 * The needs in the unit's order, each with its reason. Within a group: nearest first (a known
 * distance before an unknown one), then the newest need.
 */
export function rankNeeds<N extends RankableNeed>(needs: readonly N[], unit: RankingUnit): Ranked<N>[] {
  const paired = new Set(unit.pairedCommunityIds);
  return needs
    .map((need) => ({ ...need, reason: reasonFor(need, unit, paired) }))
    .sort((a, b) => {
      const byGroup = group(a.reason) - group(b.reason);
      if (byGroup !== 0) return byGroup;
      const ka = kmOf(a.reason);
      const kb = kmOf(b.reason);
      if (ka !== kb) {
        if (ka === null) return 1;
        if (kb === null) return -1;
        return ka - kb;
      }
      return b.createdAt.getTime() - a.createdAt.getTime() || a.id - b.id;
    });
}
