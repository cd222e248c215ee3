// What a service site's log adds up to (its public page, a unit's page, the secretary's home):
// visits, volunteers, hours, and each measurable result summed by label and unit, so that
// "树木种植 200 棵" and "树木种植 250 棵" make "树木种植 450 棵" while "养护 3 次" stays apart.
// Pure, over entries already read; decimals are summed in whole hundredths so 0.1 + 0.2 is 0.3.

export type TotalsEntry = {
  volunteers: number;
  /** Decimal columns arrive as Prisma Decimals; anything with a numeric string form will do. */
  hours: number | { toString(): string };
  results: ReadonlyArray<{ label: string; value: number | { toString(): string }; unit: string }>;
};

export type ResultTotal = { label: string; unit: string; value: number };
export type LogTotals = { visits: number; volunteers: number; hours: number; results: ResultTotal[] };

const hundredths = (value: number | { toString(): string }) => Math.round(Number(String(value)) * 100);

/** The totals of a log; results in the order their label and unit first appear. */
export function logTotals(entries: readonly TotalsEntry[]): LogTotals {
  let volunteers = 0;
  let hours = 0;
  const results = new Map<string, { label: string; unit: string; value: number }>();
  for (const entry of entries) {
    volunteers += entry.volunteers;
    hours += hundredths(entry.hours);
    for (const row of entry.results) {
      const label = row.label.trim();
      const unit = row.unit.trim();
      const key = JSON.stringify([label, unit]);
      const total = results.get(key) ?? { label, unit, value: 0 };
      total.value += hundredths(row.value);
      results.set(key, total);
    }
  }
  return {
    visits: entries.length,
    volunteers,
    hours: hours / 100,
    results: [...results.values()].map((total) => ({ ...total, value: total.value / 100 })),
  };
}
