// Test support: random year inputs for property tests (fast-check).
import fc from "fast-check";
import type { CostWeights, RotationInput, RotationUnitInput } from "../types";

export type InputShape = {
  maxUnits: number;
  /** Fewest and most distinct duty months. */
  minMonths: number;
  maxMonths: number;
  maxBlackouts: number;
  /** Blackouts are drawn from 1..blackoutPool (a narrow pool crowds units into other months). */
  blackoutPool?: number;
  /** Months are drawn from 1..monthPool (a small pool makes blackouts and preferences collide). */
  monthPool: number;
  times: fc.Arbitrary<number>;
  maxPairs: number;
  categories: string[];
};

const weightsArb: fc.Arbitrary<CostWeights> = fc.record({
  preferenceRank: fc.array(fc.nat(9), { maxLength: 4 }),
  unpreferred: fc.nat(9),
  repeatLastYear: fc.nat(9),
  sameCategoryPair: fc.nat(5),
  pairSplit: fc.nat(12),
});

export function rotationInputArb(shape: InputShape): fc.Arbitrary<RotationInput> {
  const month = fc.integer({ min: 1, max: shape.monthPool });
  const months = (maxLength: number) => fc.array(month, { maxLength }); // repeats on purpose
  const unit: fc.Arbitrary<Omit<RotationUnitInput, "unitId">> = fc.record({
    category: fc.constantFrom(...shape.categories),
    times: shape.times,
    preferences: months(4),
    blackouts: fc.array(fc.integer({ min: 1, max: shape.blackoutPool ?? shape.monthPool }), {
      maxLength: shape.maxBlackouts,
    }),
    lastYearMonths: months(2),
  });
  return fc.integer({ min: 0, max: shape.maxUnits }).chain((count) =>
    fc
      .record({
        ids: fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: count, maxLength: count }),
        units: fc.array(unit, { minLength: count, maxLength: count }),
        dutyMonths: fc.uniqueArray(month, { minLength: shape.minMonths, maxLength: shape.maxMonths }),
        repeatMonth: fc.boolean(),
        pairs: fc.array(fc.tuple(fc.nat(Math.max(0, count - 1)), fc.nat(Math.max(0, count - 1))), {
          maxLength: count === 0 ? 0 : shape.maxPairs,
        }),
        weights: fc.option(weightsArb, { nil: undefined, freq: 3 }),
      })
      .map(({ ids, units, dutyMonths, repeatMonth, pairs, weights }) => ({
        dutyMonths: repeatMonth && dutyMonths.length > 0 ? [...dutyMonths, dutyMonths[0]!] : dutyMonths,
        units: units.map((fields, index) => ({ unitId: ids[index]!, ...fields })),
        pairs: pairs.map(([a, b]): [number, number] => [ids[a]!, ids[b]!]),
        ...(weights ? { weights } : {}),
      })),
  );
}

/** The same input with units, pairs and each pair's ends in another order. */
export function shuffledInput(input: RotationInput, seed: number): RotationInput {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const shuffle = <T>(items: T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return {
    ...input,
    dutyMonths: shuffle(input.dutyMonths),
    units: shuffle(input.units),
    pairs: shuffle(input.pairs).map(([a, b]): [number, number] => (random() < 0.5 ? [b, a] : [a, b])),
  };
}
