import type { Tx } from "@/lib/core/db";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";

// Name and slug are unique. A check inside the transaction gives the admin a message next to
// the right field; the unique index still decides a race, and mapUniqueViolation reports it
// the same way.

export async function assertNameAndSlugFree(
  tx: Tx,
  unit: { name: string; slug: string },
  exceptId?: number,
): Promise<void> {
  const clash = await tx.unit.findFirst({
    where: {
      OR: [{ name: unit.name }, { slug: unit.slug }],
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { name: true, slug: true },
  });
  if (clash?.name === unit.name) throw new DomainError("units.admin.nameTaken", undefined, "name");
  if (clash) throw new DomainError("units.admin.slugTaken", undefined, "slug");
}

/** Turns a lost race on Unit's unique indexes into the same field message; rethrows the rest. */
export function mapUniqueViolation(error: unknown): never {
  if (isUniqueViolation(error, "Unit_slug_key"))
    throw new DomainError("units.admin.slugTaken", undefined, "slug");
  if (isUniqueViolation(error, "Unit_name_key"))
    throw new DomainError("units.admin.nameTaken", undefined, "name");
  throw error;
}
