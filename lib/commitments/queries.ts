import "server-only";
import { db } from "@/lib/db";
import { buildGrid } from "./grid";
import { scoreCommitments, type CommitmentScore } from "./score";
import type { Commitment } from "./types";

export type EvidenceLabel = { kind: "activity" | "record"; id: number; title: string };
export type UnitCommitment = CommitmentScore & { items: EvidenceLabel[] };

/**
 * One unit's five for a year, each with the titles of the evidence that earned its status.
 * The public view counts only activities of published lists and shows record titles only.
 */
export async function getUnitCommitments(
  unitId: number,
  year: number,
  { publicOnly = false }: { publicOnly?: boolean } = {},
): Promise<UnitCommitment[]> {
  const [activities, records] = await Promise.all([
    db.activity.findMany({
      where: { leadUnitId: unitId, year, ...(publicOnly ? { plan: { status: "PUBLISHED" } } : {}) },
      select: { id: true, title: true, commitment: true, status: true },
    }),
    db.commitmentRecord.findMany({
      where: { unitId, year },
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

/** The commitments (of the five) the unit has not done yet in a year: its to-do list on /my. */
export async function listCommitmentsNotDone(unitId: number, year: number): Promise<Commitment[]> {
  const scores = await getUnitCommitments(unitId, year);
  return scores.filter((score) => score.status !== "DONE").map((score) => score.commitment);
}

/** The unit's own records for a year, with everything the edit forms need (roster included). */
export async function listMyCommitmentRecords(unitId: number, year: number) {
  return db.commitmentRecord.findMany({
    where: { unitId, year },
    orderBy: [{ commitment: "asc" }, { id: "asc" }],
    select: {
      id: true,
      commitment: true,
      title: true,
      description: true,
      status: true,
      communityId: true,
      community: { select: { name: true } },
      roster: true,
      version: true,
      updatedAt: true,
    },
  });
}

/** Communities to choose a livelihood matter's beneficiary from. */
export async function listCommunityOptions() {
  return db.community.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The units × 5 grid of one year: three queries for all units, never one per unit. */
export async function getCommitmentGrid(year: number) {
  const [units, activities, records] = await Promise.all([
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
    db.commitmentRecord.findMany({
      where: { year, unit: { status: "ACTIVE" } },
      select: { id: true, commitment: true, status: true, unitId: true },
    }),
  ]);
  return buildGrid(
    units,
    activities.map(({ leadUnitId, ...a }) => ({ ...a, unitId: leadUnitId! })),
    records,
  );
}
