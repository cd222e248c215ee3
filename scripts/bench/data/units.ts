// The units added to the demo's 30 (with their secretaries and some venues), so pages that list
// units, invitations or the map carry a bigger district's rows.
import type { UnitCategory, LeagueOrgType } from "../../../lib/generated/prisma/client";
import { calendarDate } from "../../../prisma/seed/types";
import { fakeMobile } from "../../../prisma/seed/units";
import type { GenContext, GenUnit } from "./context";

const CATEGORIES: UnitCategory[] = [
  "VERTICAL_AGENCY",
  "STATE_ENTERPRISE",
  "FINANCIAL_INSTITUTION",
  "NEW_ORGANISATION",
  "EMERGING_SECTOR",
];
const ORG_TYPES: LeagueOrgType[] = ["COMMITTEE", "GENERAL_BRANCH", "BRANCH"];
const STREETS = ["中山西路", "黄山西路", "南徐大道", "金山路", "润州路", "宝塔路", "官塘桥路", "长江路"];

export const benchLogin = (n: number) => `bench-unit-${n}`;

/** Adds the units beyond the demo's 30 and returns every unit with its secretary. */
export async function addUnits(ctx: Omit<GenContext, "units">, passwordHash: string): Promise<GenUnit[]> {
  const { db, size, pick } = ctx;
  const added = Array.from({ length: size.addedUnits }, (_, i) => i + 1);
  const rows = await db.unit.createManyAndReturn({
    data: added.map((n) => ({
      name: `润州区第${n}号成员单位团支部`,
      shortName: `成员${n}`,
      slug: benchLogin(n),
      category: pick.pick(CATEGORIES),
      orgType: pick.pick(ORG_TYPES),
      inDistrict: pick.int(0, 9) > 0,
      intro: `第${n}家加入青年工作委员会的成员单位，青年职工${pick.int(20, 400)}人。`,
      address: `镇江市润州区${pick.pick(STREETS)}${pick.int(1, 300)}号`,
      contactName: `书记${n}`,
      contactPhone: fakeMobile(100 + n),
      contactPhonePublic: n % 2 === 0,
      joinedOn: calendarDate(ctx.size.years[0], 1 + (n % 12), 1),
    })),
    select: { id: true, slug: true },
  });
  await db.user.createMany({
    data: rows.map((unit, i) => ({
      login: unit.slug,
      name: `书记${i + 1}`,
      passwordHash,
      role: "SECRETARY" as const,
      unitRole: "PRIMARY" as const,
      activatedAt: ctx.now,
      unitId: unit.id,
    })),
  });
  const venueUnits = rows.filter((_, i) => (i + 1) % size.venueEvery === 0);
  const venues = await db.venue.createManyAndReturn({
    data: venueUnits.map((unit, i) => ({
      unitId: unit.id,
      name: i % 2 === 0 ? "青年之家活动室" : "羽毛球场",
      kind: i % 2 === 0 ? ("ACTIVITY_HALL" as const) : ("BADMINTON_COURT" as const),
      quantity: 1 + (i % 3),
      capacity: 40,
      address: `镇江市润州区${pick.pick(STREETS)}${pick.int(1, 300)}号`,
      latitude: (32.2 + pick.int(0, 600) / 10_000).toFixed(6),
      longitude: (119.4 + pick.int(0, 600) / 10_000).toFixed(6),
      description: "成员单位共享阵地，工作日晚间和周末开放。",
      contactPhone: fakeMobile(500 + i),
    })),
    select: { id: true },
  });
  await db.venueOpeningHours.createMany({
    data: venues.flatMap((venue) =>
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        venueId: venue.id,
        weekday,
        opensAt: 9 * 60,
        closesAt: 21 * 60,
      })),
    ),
  });

  const all = await db.unit.findMany({
    orderBy: { id: "asc" },
    select: { id: true, shortName: true, users: { select: { id: true }, orderBy: { id: "asc" }, take: 1 } },
  });
  return all.map((unit) => ({ id: unit.id, shortName: unit.shortName, secretaryId: unit.users[0]!.id }));
}
