import "server-only";
import { db } from "@/lib/core/db";
import { byId, intIds, intPairs, type Resolvers } from "./types";

// Titles of the activity rotation's records: its years, unit settings, pairs, versions, swaps.

const rotationHref = (year: number, version?: number) =>
  `/admin/rotation?year=${year}${version === undefined ? "" : `&version=${version}`}`;

export const rotationResolvers = {
  // Keyed by the year itself.
  RotationYear: async (ids) => {
    const years = intIds(ids);
    if (years.length === 0) return new Map();
    const rows = await db.rotationYear.findMany({ where: { year: { in: years } }, select: { year: true } });
    return new Map(
      rows.map((row) => [
        String(row.year),
        { title: { key: "rotationYearTitle", values: { year: row.year } }, href: rotationHref(row.year) },
      ]),
    );
  },
  // Keyed "year:unit".
  RotationUnitSetting: async (ids) => {
    const pairs = intPairs(ids);
    if (pairs.length === 0) return new Map();
    const rows = await db.rotationUnitSetting.findMany({
      where: { OR: pairs.map(([year, unitId]) => ({ year, unitId })) },
      select: { year: true, unitId: true, unit: { select: { name: true } } },
    });
    return new Map(
      rows.map((row) => [
        `${row.year}:${row.unitId}`,
        {
          title: { key: "rotationSettingTitle", values: { unit: row.unit.name, year: row.year } },
          href: rotationHref(row.year),
        },
      ]),
    );
  },
  RotationPair: (ids) =>
    byId(
      ids,
      (id) =>
        db.rotationPair.findMany({
          where: { id: { in: id } },
          select: {
            id: true,
            year: true,
            unitA: { select: { name: true } },
            unitB: { select: { name: true } },
          },
        }),
      (row) => ({
        title: { key: "rotationPairTitle", values: { a: row.unitA.name, b: row.unitB.name, year: row.year } },
        href: rotationHref(row.year),
      }),
    ),
  RotationSchedule: (ids) =>
    byId(
      ids,
      (id) =>
        db.rotationSchedule.findMany({
          where: { id: { in: id } },
          select: { id: true, year: true, number: true },
        }),
      (row) => ({
        title: { key: "rotationScheduleTitle", values: { year: row.year, number: row.number } },
        href: rotationHref(row.year, row.number),
      }),
    ),
  RotationSwap: (ids) =>
    byId(
      ids,
      (id) =>
        db.rotationSwap.findMany({
          where: { id: { in: id } },
          select: {
            id: true,
            fromMonth: true,
            toMonth: true,
            fromUnit: { select: { name: true } },
            toUnit: { select: { name: true } },
          },
        }),
      (row) => ({
        title: {
          key: "rotationSwapTitle",
          values: {
            from: row.fromUnit.name,
            fromMonth: row.fromMonth,
            to: row.toUnit.name,
            toMonth: row.toMonth,
          },
        },
        href: "/admin/rotation/swaps",
      }),
    ),
  // A reminder run is filed under the months it reminded of ("2026-03,2026-04"): no row to read.
  RotationReminder: async (ids) =>
    new Map(ids.map((id) => [id, { title: id.split(",").join("、"), href: "/admin/rotation/reminders" }])),
} satisfies Partial<Resolvers>;
