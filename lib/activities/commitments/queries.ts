import "server-only";
import { db } from "@/lib/core/db";
import { beijingMonthStart } from "@/lib/core/time/beijing";
import { buildGrid } from "./grid";
import { scoreCommitments, type CommitmentScore } from "./score";
import type { Commitment } from "./types";

export type EvidenceLabel = { kind: "activity" | "record"; id: number; title: string };
export type UnitCommitment = CommitmentScore & { items: EvidenceLabel[] };

/** Activities a unit leads or joined in a year, each with the unit's role in it. */
async function unitActivities(unitId: number, year: number, publicOnly: boolean) {
  const rows = await db.activity.findMany({
    where: {
      year,
      OR: [{ leadUnitId: unitId }, { participations: { some: { unitId, status: "JOINED" } } }],
      ...(publicOnly ? { plan: { status: "PUBLISHED" } } : {}),
    },
    select: { id: true, title: true, commitment: true, status: true, leadUnitId: true },
  });
  return rows.map(({ leadUnitId, ...a }) => ({
    ...a,
    role: leadUnitId === unitId ? ("LEAD" as const) : ("JOINED" as const),
  }));
}

/**
 * One unit's five for a year, each with the titles of the evidence that earned its status.
 * The public view counts only confirmed records and activities of published lists.
 */
export async function getUnitCommitments(
  unitId: number,
  year: number,
  { publicOnly = false }: { publicOnly?: boolean } = {},
): Promise<UnitCommitment[]> {
  const [activities, records] = await Promise.all([
    unitActivities(unitId, year, publicOnly),
    db.commitmentRecord.findMany({
      where: { unitId, year, ...(publicOnly ? { status: "CONFIRMED" } : {}) },
      select: { id: true, title: true, commitment: true, status: true },
    }),
  ]);
  const titles = new Map<string, string>([
    ...activities.map((a) => [`activity:${a.id}`, a.title] as const),
    ...records.map((r) => [`record:${r.id}`, r.title] as const),
  ]);
  return scoreCommitments({ activities, records }).map((score) => ({
    ...score,
    items: score.evidence.map((e) => ({ ...e, title: titles.get(`${e.kind}:${e.id}`) ?? "" })),
  }));
}

// What is still the secretary's to do: a submitted record waits for the admin, not for them.
const stillToDo = new Set(["NOT_STARTED", "IN_PROGRESS", "RETURNED"]);

/** The commitments (of the five) the unit still has to act on in a year: its to-do list on /my. */
export async function listCommitmentsNotDone(unitId: number, year: number): Promise<Commitment[]> {
  const scores = await getUnitCommitments(unitId, year);
  return scores.filter((score) => stillToDo.has(score.status)).map((score) => score.commitment);
}

const recordSelect = {
  id: true,
  commitment: true,
  title: true,
  description: true,
  occurredOn: true,
  status: true,
  reviewNote: true,
  reviewedAt: true,
  communityId: true,
  community: { select: { name: true } },
  activityId: true,
  activity: { select: { id: true, title: true } },
  meetingId: true,
  meeting: { select: { id: true, title: true } },
  roster: true,
  photos: { select: { id: true }, orderBy: { id: "asc" as const } },
  version: true,
  updatedAt: true,
} as const;

/** The unit's own records for a year (newest first within each commitment). */
export async function listMyCommitmentRecords(unitId: number, year: number) {
  return db.commitmentRecord.findMany({
    where: { unitId, year },
    orderBy: [{ commitment: "asc" }, { occurredOn: "desc" }, { id: "desc" }],
    select: recordSelect,
  });
}

export type MyCommitmentRecord = Awaited<ReturnType<typeof listMyCommitmentRecords>>[number];

/** One of the unit's records with everything its page and edit form need; null if not the unit's. */
export async function getMyCommitmentRecord(unitId: number, id: number) {
  return db.commitmentRecord.findFirst({ where: { id, unitId }, select: { ...recordSelect, year: true } });
}

/**
 * What the unit can pick as evidence in a year: activities it led or joined that were held, and
 * joint meetings it attended. The rules (rules.ts) decide at submit which commitment each fits.
 */
export async function listEvidenceOptions(unitId: number, year: number) {
  const [start, end] = [beijingMonthStart(year, 1), beijingMonthStart(year + 1, 1)];
  const [activities, meetings] = await Promise.all([
    unitActivities(unitId, year, false),
    db.meeting.findMany({
      where: {
        startsAt: { gte: start, lt: end },
        status: { not: "CANCELLED" },
        attendance: { some: { unitId, status: { in: ["PRESENT", "DELEGATE"] } } },
      },
      orderBy: { startsAt: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  return {
    activities: activities
      .filter((a) => a.status === "DONE" || a.status === "REPORTED")
      .map(({ id, title, commitment, role }) => ({ id, title, commitment, role })),
    meetings,
  };
}

/** Communities to choose a livelihood matter's beneficiary from. */
export async function listCommunityOptions() {
  return db.community.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Submitted records waiting for an admin, oldest first (first come, first reviewed). */
export async function listRecordsForReview() {
  return db.commitmentRecord.findMany({
    where: { status: "SUBMITTED" },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    select: { ...recordSelect, year: true, unit: { select: { name: true } } },
    take: 100,
  });
}

/** A photo with the unit its record belongs to, for the (private) photo route to authorise. */
export async function getCommitmentPhoto(photoId: number) {
  return db.commitmentPhoto.findUnique({
    where: { id: photoId },
    select: { contentType: true, data: true, record: { select: { unitId: true } } },
  });
}

/** The units × 5 grid of one year: four queries for all units, never one per unit. */
export async function getCommitmentGrid(year: number) {
  const [units, led, joined, records] = await Promise.all([
    db.unit.findMany({
      where: { status: "ACTIVE" },
      // Enum order is the declared category order.
      orderBy: [{ category: "asc" }, { name: "asc" }],
      select: { id: true, name: true, slug: true, category: true },
    }),
    db.activity.findMany({
      where: { year, leadUnitId: { not: null }, leadUnit: { status: "ACTIVE" } },
      select: { id: true, commitment: true, status: true, leadUnitId: true },
    }),
    db.participation.findMany({
      where: { status: "JOINED", activity: { year }, unit: { status: "ACTIVE" } },
      select: { unitId: true, activity: { select: { id: true, commitment: true, status: true } } },
    }),
    db.commitmentRecord.findMany({
      where: { year, unit: { status: "ACTIVE" } },
      select: { id: true, commitment: true, status: true, unitId: true },
    }),
  ]);
  return buildGrid(
    units,
    [
      ...led.map(({ leadUnitId, ...a }) => ({ ...a, role: "LEAD" as const, unitId: leadUnitId! })),
      ...joined.map(({ unitId, activity }) => ({ ...activity, role: "JOINED" as const, unitId })),
    ],
    records,
  );
}
