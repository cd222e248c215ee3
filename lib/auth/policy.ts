import type { CurrentUser } from "./session";

/**
 * The one authorisation policy: every page and server action asks here. Rules are data about
 * who the actor is and which unit a record belongs to, nothing else, so they can be tested
 * as a table.
 */
export type Permission =
  | { action: "admin.access" }
  | { action: "unit.readPrivate"; unitId: number }
  | { action: "unit.update"; unitId: number };

export type Actor = Pick<CurrentUser, "id" | "role" | "unitId"> | null;

export function can(actor: Actor, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.role === "ADMIN") return true;
  switch (permission.action) {
    case "admin.access":
      return false;
    case "unit.readPrivate":
    case "unit.update":
      return actor.unitId !== null && actor.unitId === permission.unitId;
  }
}
