// The top of a chart's value axis: the data's maximum rounded up to 1, 2, 2.5 or 5 times a power
// of ten, so the half-way line reads as a round number too.

export function niceMax(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value - 1e-9) ?? 10;
  return step * power;
}
