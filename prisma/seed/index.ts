// Demo data for the portal: 30 member units with their secretaries, the district admin,
// the 2023 activity list, the current year's list, next year's draft, communities, shared
// venues and joint meetings. Meant for an empty database only.
import bcrypt from "bcryptjs";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { ACTIVITIES_2023, PLAN_2023 } from "./activities-2023";
import { currentPlan, nextYearDraft } from "./activities-current";
import { meetings } from "./meetings";
import { activityRows, checkData, need, type Ids } from "./rows";
import { calendarDate, cst, type UnitSeed } from "./types";
import { ADMIN, FOUNDING_DATE, NAMED_UNITS } from "./units";
import { DEMO_UNITS } from "./units-demo";
import { COMMUNITIES, VENUES } from "./venues-communities";
import { seedTreePlantingReport } from "./reports";
import { seedServiceSites } from "./sites";
import { seedMeetingRecords } from "./meeting-records";
import { seedRotationInputs } from "./rotation";
import { seedCommitmentRecords } from "./commitments";
import { seedPairings } from "./pairings";
import { seedCommunityBranches } from "./communities";
import { seedSurveys } from "./surveys";
import { seedNeeds } from "./needs";

/** The password of every demo account. */
export const DEMO_PASSWORD = "Runzhou#2023";
export const ADMIN_LOGIN = ADMIN.login;
/** All 30 member units; each secretary's login is the unit's slug. */
export const SEED_UNITS: readonly UnitSeed[] = [...NAMED_UNITS, ...DEMO_UNITS];

export interface SeedOptions {
  /** The moment the seed pretends to run at (defaults to now); decides the current year. */
  now?: Date;
}

export interface SeedResult {
  units: number;
  users: number;
  activities: number;
}

async function refuseIfNotEmpty(db: { unit: { count(): PromiseLike<number> } }): Promise<void> {
  const existing = await db.unit.count();
  if (existing > 0) {
    throw new Error(
      `Refusing to seed demo data: the database already has ${existing} member unit(s). ` +
        "The demo seed only runs on an empty database; reset it first.",
    );
  }
}

/**
 * Fills an empty database with the demo data set, in one transaction.
 * Throws (and writes nothing) if any member unit already exists.
 * Accepts any client, including one built with a global `omit` (like lib/core/db.ts's).
 */
export async function seedDemoData<OmitOpts extends Prisma.GlobalOmitConfig | undefined>(
  db: PrismaClient<never, OmitOpts>,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const current = currentPlan(now);
  const draft = nextYearDraft(now);
  if (current.year <= PLAN_2023.year)
    throw new Error(`Demo seed: the current year must be after ${PLAN_2023.year}`);
  checkData(
    SEED_UNITS,
    ACTIVITIES_2023.map((a) => a.lead),
    current.activities.map((a) => a.lead),
  );

  await refuseIfNotEmpty(db); // fail fast, before spending time on bcrypt
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10); // hashed once, shared by all demo users

  return db.$transaction(
    async (tx) => {
      await refuseIfNotEmpty(tx);
      const joinedOn = calendarDate(FOUNDING_DATE.year, FOUNDING_DATE.month, FOUNDING_DATE.day);

      const units = await tx.unit.createManyAndReturn({
        data: SEED_UNITS.map((u) => ({
          name: u.name,
          shortName: u.shortName,
          slug: u.slug,
          category: u.category,
          inDistrict: u.inDistrict,
          orgType: u.orgType,
          intro: u.intro,
          address: u.address,
          contactName: u.secretaryTitle ? `${u.secretary}（${u.secretaryTitle}）` : u.secretary,
          contactPhone: u.mobile,
          contactPhonePublic: u.contactPhonePublic,
          status: "ACTIVE",
          joinedOn,
          isDemo: u.isDemo,
        })),
        select: { id: true, slug: true },
      });
      const unitIds: Ids = new Map(units.map((u) => [u.slug, u.id]));

      const { count: users } = await tx.user.createMany({
        data: [
          {
            login: ADMIN.login,
            name: ADMIN.name,
            mobile: ADMIN.mobile,
            email: ADMIN.email,
            passwordHash,
            role: "ADMIN",
            activatedAt: now,
          },
          ...SEED_UNITS.map((u) => ({
            login: u.slug,
            name: u.secretary,
            mobile: u.mobile,
            email: u.email ?? null,
            passwordHash,
            role: "SECRETARY" as const,
            unitRole: "PRIMARY" as const,
            activatedAt: now,
            unitId: need(unitIds, u.slug, "unit"),
          })),
        ],
      });

      const subdistricts = await tx.subdistrict.createManyAndReturn({
        data: [...new Set(COMMUNITIES.map((c) => c.subdistrict))].map((name) => ({ name })),
        select: { id: true, name: true },
      });
      const subdistrictIds = new Map(subdistricts.map((s) => [s.name, s.id]));
      const communities = await tx.community.createManyAndReturn({
        data: COMMUNITIES.map(({ subdistrict, ...c }) => ({
          ...c,
          subdistrictId: need(subdistrictIds, subdistrict, "subdistrict"),
        })),
        select: { id: true, name: true },
      });
      const venues = await tx.venue.createManyAndReturn({
        data: VENUES.map(({ unit, ...v }) => ({ ...v, unitId: need(unitIds, unit, "unit") })),
        select: { id: true, unitId: true, name: true },
      });
      // Opening hours for the map and bookings: weekdays 08:30–21:00, weekends 09:00–18:00.
      await tx.venueOpeningHours.createMany({
        data: venues.flatMap((venue) =>
          [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
            venueId: venue.id,
            weekday,
            opensAt: weekday <= 5 ? 8 * 60 + 30 : 9 * 60,
            closesAt: weekday <= 5 ? 21 * 60 : 18 * 60,
          })),
        ),
      });
      const slugById = new Map(units.map((u) => [u.id, u.slug]));
      const refs = {
        units: unitIds,
        communities: new Map(communities.map((c) => [c.name, c.id])),
        venues: new Map(venues.map((v) => [`${slugById.get(v.unitId)}/${v.name}`, v.id])),
      };

      await tx.planYear.createMany({
        data: [
          {
            year: PLAN_2023.year,
            title: PLAN_2023.title,
            status: "PUBLISHED",
            maxLeadsPerUnit: 1,
            publishedAt: cst(PLAN_2023.year, PLAN_2023.publishedAt.month, PLAN_2023.publishedAt.day, 10),
          },
          {
            year: current.year,
            title: current.title,
            status: "PUBLISHED",
            maxLeadsPerUnit: 1,
            publishedAt: current.publishedAt,
          },
          { year: draft.year, title: draft.title, status: "DRAFT", maxLeadsPerUnit: 1, publishedAt: null },
        ],
      });
      const { count: activities } = await tx.activity.createMany({
        data: [
          ...activityRows(PLAN_2023.year, ACTIVITIES_2023, refs),
          ...activityRows(current.year, current.activities, refs),
          ...activityRows(draft.year, draft.activities, refs),
        ],
      });

      await seedTreePlantingReport(tx);
      await seedServiceSites(tx, now);

      await tx.meeting.createMany({
        data: meetings(now).map(({ host, ...m }) => ({
          ...m,
          hostUnitId: host ? need(unitIds, host, "unit") : null,
        })),
      });
      await seedMeetingRecords(tx, now);
      await seedRotationInputs(tx, now);
      await seedCommitmentRecords(tx, now);
      await seedCommunityBranches(tx);
      await seedPairings(tx, now);
      await seedSurveys(tx, now);
      await seedNeeds(tx, now);

      return { units: units.length, users, activities };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
