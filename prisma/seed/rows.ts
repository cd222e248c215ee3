// Turns the data modules into rows for Prisma, checking the cross-references on the way.
import type { Prisma } from "../../lib/generated/prisma/client";
import { calendarDate, type ActivitySeed, type UnitSeed } from "./types";

export type Ids = Map<string, number>;

export function need(ids: Ids, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo seed data refers to an unknown ${what}: ${key}`);
  return id;
}

/** Guards against editing mistakes in the data modules before anything is written. */
export function checkData(
  units: readonly UnitSeed[],
  leads2023: (string | null)[],
  currentLeads: (string | null)[],
): void {
  const slugs = new Set(units.map((u) => u.slug));
  if (units.length !== 30 || slugs.size !== 30) throw new Error("Demo seed: expected 30 distinct units");
  for (const slug of slugs) {
    if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`Demo seed: slug/login must be lower-case: ${slug}`);
  }
  if (
    leads2023.length !== 30 ||
    new Set(leads2023).size !== 30 ||
    !leads2023.every((l) => l && slugs.has(l))
  ) {
    throw new Error("Demo seed: the 2023 list must have exactly one item per unit");
  }
  const claimed = currentLeads.filter((l): l is string => l !== null);
  if (new Set(claimed).size !== claimed.length) throw new Error("Demo seed: a unit leads two current items");
}

export function activityRows(
  year: number,
  items: readonly ActivitySeed[],
  refs: { units: Ids; venues: Ids; communities: Ids },
): Prisma.ActivityCreateManyInput[] {
  const ordered = items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) => a.item.month - b.item.month || (a.item.day ?? 32) - (b.item.day ?? 32) || a.index - b.index,
    );
  return ordered.map(({ item: a }, i) => {
    const plannedDate = a.day === undefined ? null : calendarDate(year, a.month, a.day);
    if (plannedDate && plannedDate.getUTCMonth() + 1 !== a.month) {
      throw new Error(`Demo seed: invalid date ${year}-${a.month}-${a.day} for "${a.title}"`);
    }
    return {
      year,
      position: i + 1,
      title: a.title,
      description: a.description,
      type: a.type,
      commitment: a.commitment,
      plannedMonth: a.month,
      plannedDate,
      channel: a.channel ?? "OFFLINE",
      format: a.format ?? "THEME",
      reach: a.reach ?? "BLOCK",
      capacity: a.capacity ?? null,
      place: a.place,
      venueId: a.venue ? need(refs.venues, a.venue, "venue") : null,
      communityId: a.community ? need(refs.communities, a.community, "community") : null,
      leadUnitId: a.lead ? need(refs.units, a.lead, "unit") : null,
      status: a.status ?? (a.lead ? "CLAIMED" : "PLANNED"),
    };
  });
}
