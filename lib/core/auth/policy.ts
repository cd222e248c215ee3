import type { CurrentUser } from "./session";

/**
 * The one authorisation policy: every page and server action asks here. Rules are data about
 * who the actor is and which unit a record belongs to, nothing else, so they can be tested
 * as a table.
 */
export type Permission =
  /** Admin pages in general. */
  | { action: "admin.access" }
  /** Reviewing membership applications (成员准入). */
  | { action: "membership.review" }
  /** Creating, editing, importing units and changing their status. */
  | { action: "units.manage" }
  /** Secretaries' and admins' accounts: add, replace, deactivate, reset passwords. */
  | { action: "users.manage" }
  | { action: "audit.read" }
  | { action: "unit.readPrivate"; unitId: number }
  /** A unit's own profile (intro, logo, public contact). */
  | { action: "unit.update"; unitId: number }
  /** One's own account: contact details, password. */
  | { action: "account.updateSelf"; userId: number }
  /** Scheduling joint meetings, their invitations, agenda and attendance (联席会议). */
  | { action: "meetings.manage" }
  /** Seeing a meeting: public ones are open to visitors (checked by pages), others to members. */
  | { action: "meeting.view" }
  /** Answering an invitation or checking in, for one's own unit only (never an admin). */
  | { action: "meeting.respond"; unitId: number }
  /** Writing a meeting's minutes and decisions: admins and the host unit's secretaries. */
  | { action: "minutes.write"; hostUnitId: number | null }
  /** Updating a decision's status: the owner unit's secretaries and admins. */
  | { action: "decision.update"; ownerUnitId: number }
  /** The rotation (活动轮值): settings, generating, hand edits, publishing, approving swaps. */
  | { action: "rotation.manage" }
  /** A unit's own rotation inputs and swap requests/answers: its secretaries only. */
  | { action: "rotation.actForUnit"; unitId: number }
  /** Registering venues and deciding on their bookings: the owning unit's secretaries (and admins). */
  | { action: "venue.manage"; unitId: number }
  /** Booking a venue for one's unit: its secretaries only. */
  | { action: "booking.actForUnit"; unitId: number };

export type Actor = Pick<CurrentUser, "id" | "role" | "unitId"> | null;

export function can(actor: Actor, permission: Permission): boolean {
  if (!actor) return false;
  switch (permission.action) {
    case "account.updateSelf":
      return actor.id === permission.userId;
    case "admin.access":
    case "membership.review":
    case "units.manage":
    case "users.manage":
    case "audit.read":
    case "meetings.manage":
    case "rotation.manage":
      return actor.role === "ADMIN";
    case "meeting.view":
      return true;
    case "meeting.respond":
    case "rotation.actForUnit":
    case "booking.actForUnit":
      return actor.role === "SECRETARY" && actor.unitId !== null && actor.unitId === permission.unitId;
    case "minutes.write":
      return actor.role === "ADMIN" || (actor.unitId !== null && actor.unitId === permission.hostUnitId);
    case "venue.manage":
      return actor.role === "ADMIN" || (actor.unitId !== null && actor.unitId === permission.unitId);
    case "decision.update":
      return actor.role === "ADMIN" || (actor.unitId !== null && actor.unitId === permission.ownerUnitId);
    case "unit.readPrivate":
    case "unit.update":
      return actor.role === "ADMIN" || (actor.unitId !== null && actor.unitId === permission.unitId);
  }
}
