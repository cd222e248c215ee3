import "server-only";
import { db } from "@/lib/core/db";
import type { PairingStatus, Prisma } from "@/lib/generated/prisma/client";

// Reads for the admin's pairing pages (/admin/pairings): every status, proposals first, with
// who proposed and who decided each step.

const listSelect = {
  id: true,
  status: true,
  startsOn: true,
  focusAreas: true,
  reason: true,
  createdAt: true,
  community: { select: { id: true, name: true, subdistrict: { select: { name: true } } } },
  units: {
    orderBy: { unit: { name: "asc" } },
    select: { unit: { select: { id: true, name: true, shortName: true, slug: true } } },
  },
} satisfies Prisma.PairingSelect;

/** Proposals waiting come first, then running, then closed ones; newest first within each. */
const statusOrder: PairingStatus[] = ["PROPOSED", "ACTIVE", "PAUSED", "ENDED", "DECLINED"];

export async function listAdminPairings(status: PairingStatus | null) {
  const rows = await db.pairing.findMany({
    where: status ? { status } : {},
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
  });
  return rows.sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
}

/** One pairing with everything the admin decides on, and the units that could still join it. */
export async function getAdminPairing(id: number) {
  const pairing = await db.pairing.findUnique({
    where: { id },
    select: {
      ...listSelect,
      note: true,
      version: true,
      community: {
        select: { id: true, name: true, unitId: true, subdistrict: { select: { name: true } } },
      },
      proposedBy: { select: { name: true, unit: { select: { name: true } } } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, status: true, reason: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!pairing) return null;
  const taken = [
    ...pairing.units.map(({ unit }) => unit.id),
    ...(pairing.community.unitId ? [pairing.community.unitId] : []),
  ];
  const addable = await db.unit.findMany({
    where: { status: "ACTIVE", id: { notIn: taken } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { ...pairing, addable };
}

/** The units an admin may pair (admitted, active ones). */
export async function listPairableUnits() {
  return db.unit.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
