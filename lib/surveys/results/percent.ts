// Percentages shown beside counts, to one decimal.

const round1 = (value: number) => Math.round(value * 10) / 10;

/** count / total as a percentage (0 when nobody answered). */
export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : round1((count / total) * 100);
}

/**
 * Percentages of parts that together make the whole (each respondent in exactly one part),
 * rounded so that they add up to exactly 100.0 (largest remainder): 1/3 each shows as
 * 33.4 + 33.3 + 33.3, never 99.9.
 */
export function sharesOfWhole(counts: number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const tenths = counts.map((count) => (count / total) * 1000);
  const floors = tenths.map(Math.floor);
  let left = 1000 - floors.reduce((sum, value) => sum + value, 0);
  const order = tenths
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] = floors[index]! + 1;
    left -= 1;
  }
  return floors.map((value) => value / 10);
}
