import { DomainError } from "@/lib/core/errors";

/** Acting for a unit needs a secretary; admins assign leads elsewhere. */
export function unitOf(actor: { unitId: number | null }): number {
  if (actor.unitId === null) throw new DomainError("errors.forbidden");
  return actor.unitId;
}
