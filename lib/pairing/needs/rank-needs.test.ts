import { describe, expect, it } from "vitest";
import { distanceKm, rankNeeds, type RankableNeed } from "./rank-needs";

// Points around Zhenjiang: the unit in the city centre, communities at known offsets.
const unitPoint = { latitude: 32.2, longitude: 119.45 };
const near = { latitude: 32.21, longitude: 119.45 }; // ~1.1 km north
const far = { latitude: 32.3, longitude: 119.45 }; // ~11 km north

const need = (id: number, overrides: Partial<RankableNeed> = {}): RankableNeed => ({
  id,
  communityId: id * 10,
  point: null,
  communityPoint: null,
  createdAt: new Date(`2026-01-${String(id).padStart(2, "0")}T00:00:00Z`),
  ...overrides,
});

describe("distanceKm", () => {
  it("measures a tenth of a degree of latitude as about 11.1 km", () => {
    expect(distanceKm(unitPoint, far)).toBeCloseTo(11.12, 1);
  });

  it("is zero for the same point and symmetric", () => {
    expect(distanceKm(near, near)).toBe(0);
    expect(distanceKm(unitPoint, near)).toBeCloseTo(distanceKm(near, unitPoint), 9);
  });
});

describe("rankNeeds", () => {
  it("puts needs of paired communities first, even when they are farther away", () => {
    const ranked = rankNeeds([need(1, { point: near }), need(2, { point: far, communityId: 77 })], {
      point: unitPoint,
      pairedCommunityIds: [77],
    });
    expect(ranked.map((n) => n.id)).toEqual([2, 1]);
    expect(ranked[0]?.reason).toEqual({ kind: "paired", km: expect.closeTo(11.12, 1) });
    expect(ranked[1]?.reason).toEqual({ kind: "near", km: expect.closeTo(1.11, 1) });
  });

  it("orders the rest by distance, using the community's point when the need has none", () => {
    const ranked = rankNeeds([need(1, { communityPoint: far }), need(2, { point: near })], {
      point: unitPoint,
      pairedCommunityIds: [],
    });
    expect(ranked.map((n) => n.id)).toEqual([2, 1]);
    expect(ranked[1]?.reason.kind).toBe("near");
  });

  it("prefers the need's own point to its community's", () => {
    const [only] = rankNeeds([need(1, { point: near, communityPoint: far })], {
      point: unitPoint,
      pairedCommunityIds: [],
    });
    expect(only?.reason).toEqual({ kind: "near", km: expect.closeTo(1.11, 1) });
  });

  it("puts needs without any point last, saying the need's place is unknown", () => {
    const ranked = rankNeeds([need(1), need(2, { point: far })], {
      point: unitPoint,
      pairedCommunityIds: [],
    });
    expect(ranked.map((n) => n.id)).toEqual([2, 1]);
    expect(ranked[1]?.reason).toEqual({ kind: "unknown", missing: "need" });
  });

  it("says the unit's point is missing when only that stops a distance", () => {
    const ranked = rankNeeds([need(1, { point: near }), need(2, { communityId: 5 })], {
      point: null,
      pairedCommunityIds: [5],
    });
    expect(ranked.map((n) => n.reason)).toEqual([
      { kind: "paired", km: null },
      { kind: "unknown", missing: "unit" },
    ]);
  });

  it("breaks ties by the newest need first", () => {
    const ranked = rankNeeds([need(1), need(3), need(2)], { point: null, pairedCommunityIds: [] });
    expect(ranked.map((n) => n.id)).toEqual([3, 2, 1]);
  });

  it("within the paired group, nearer needs come first", () => {
    const ranked = rankNeeds(
      [need(1, { communityId: 5, point: far }), need(2, { communityId: 5, point: near })],
      { point: unitPoint, pairedCommunityIds: [5] },
    );
    expect(ranked.map((n) => n.id)).toEqual([2, 1]);
  });
});
