import "server-only";
import { getUnitCommitments, listMyCommitmentRecords } from "@/lib/activities/commitments/queries";
import type { FullCommitment, PublicCommitment } from "./types";

// The five commitments of a unit's year, scored by lib/activities/commitments (one rule for
// every page): "claimed" = submitted or confirmed, "confirmed" = an admin accepted it.

/**
 * Visitors see the commitments an admin confirmed and the titles of the confirmed records that
 * did it (the public unit page already shows as much); a submitted or returned record, its
 * description, roster and photos stay private.
 */
export async function readPublicCommitments(unitId: number, year: number) {
  const scores = await getUnitCommitments(unitId, year, { publicOnly: true });
  const confirmed: PublicCommitment[] = scores
    .filter((score) => score.status === "CONFIRMED")
    .map((score) => ({
      commitment: score.commitment,
      records: score.items.filter((item) => item.kind === "record").map(({ id, title }) => ({ id, title })),
    }));
  return { confirmed: confirmed.length, list: confirmed };
}

/** Every commitment with its standing and all its records (the evidence), for the unit and admins. */
export async function readFullCommitments(unitId: number, year: number) {
  const [scores, records] = await Promise.all([
    getUnitCommitments(unitId, year),
    listMyCommitmentRecords(unitId, year),
  ]);
  const list: FullCommitment[] = scores.map((score) => ({
    commitment: score.commitment,
    status: score.status,
    activities: score.items
      .filter((item) => item.kind === "activity")
      .map(({ id, title }) => ({ id, title })),
    records: records
      .filter((record) => record.commitment === score.commitment)
      .map((record) => ({
        id: record.id,
        title: record.title,
        description: record.description,
        occurredOn: record.occurredOn,
        status: record.status,
        reviewNote: record.reviewNote,
        activity: record.activity,
        meeting: record.meeting,
        community: record.community,
        rosterSize: record.roster.length,
        photoIds: record.photos.map((photo) => photo.id),
      })),
  }));
  return {
    confirmed: scores.filter((s) => s.status === "CONFIRMED").length,
    claimed: scores.filter((s) => s.status === "SUBMITTED" || s.status === "CONFIRMED").length,
    list,
  };
}
