import { PairingStatus } from "@/lib/generated/prisma/enums";

// Address parts of the pairing pages, read strictly: anything else is "not found" or no filter.

/** `/pairings/<id>`: a positive id that fits the column, else null. */
export function parsePairingId(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

/** `?status=` of /admin/pairings: a known status, else no filter. */
export function parseStatusFilter(value: string | string[] | undefined): PairingStatus | null {
  return typeof value === "string" && Object.hasOwn(PairingStatus, value) ? (value as PairingStatus) : null;
}
