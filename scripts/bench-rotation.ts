// `npx tsx scripts/bench-rotation.ts`: times the rotation scheduler on a seeded random year of
// 200 units × 12 duty months with 5 requested pairs (default weights), and prints the figures.
// BENCH_ROTATION_SEED and BENCH_ROTATION_RUNS change the instance and the number of timed runs.
import {
  scheduleRotationWithStatus,
  type RotationInput,
  type RotationUnitInput,
} from "../lib/rotation/scheduler";
import { seededRandom } from "./bench/random";

const seed = Number(process.env.BENCH_ROTATION_SEED ?? 2026);
const runs = Number(process.env.BENCH_ROTATION_RUNS ?? 20);
const categories = ["垂管机关", "国企平台", "金融机构", "两新组织", "新兴领域"];

function randomYear(random: () => number, unitCount: number, pairCount: number): RotationInput {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const months = Array.from({ length: 12 }, (_, index) => index + 1);
  const someMonths = (max: number) =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(months));
  const units: RotationUnitInput[] = Array.from({ length: unitCount }, (_, index) => ({
    unitId: index + 1,
    category: pick(categories),
    times: random() < 0.2 ? 2 : 1,
    preferences: someMonths(3),
    blackouts: someMonths(2),
    lastYearMonths: someMonths(1),
  }));
  const pairs: Array<[number, number]> = [];
  while (pairs.length < pairCount) {
    const a = 1 + Math.floor(random() * unitCount);
    const b = 1 + Math.floor(random() * unitCount);
    if (a !== b) pairs.push([a, b]);
  }
  return { dutyMonths: months, units, pairs };
}

const input = randomYear(seededRandom(seed), 200, 5);
const { result: first, proven } = scheduleRotationWithStatus(input); // also warms up the JIT
if (!first.ok) throw new Error(`the bench year is infeasible: ${JSON.stringify(first.reasons)}`);
const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  scheduleRotationWithStatus(input);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const duties = input.units.reduce((sum, unit) => sum + unit.times, 0);
const { cost } = first;
console.log(`[bench-rotation] 200 units × 12 months, ${duties} duties, 5 pairs, seed ${seed}, ${runs} runs`);
console.log(
  `[bench-rotation] ms: min ${times[0]!.toFixed(1)}, median ${times[Math.floor(runs / 2)]!.toFixed(1)}, ` +
    `max ${times[runs - 1]!.toFixed(1)}`,
);
console.log(
  `[bench-rotation] cost ${cost.total} = preference ${cost.preference} + repeat ${cost.repeatLastYear} + ` +
    `same category ${cost.sameCategory} + split pairs ${cost.pairSplit} (${cost.splitPairs.length} of 5 split), ${proven ? "proven optimal" : "NOT proven optimal"}`,
);
