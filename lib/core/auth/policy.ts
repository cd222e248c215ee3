import type { CurrentUser } from "./session";

/**
 * The one authorisation policy: every page, component and server action asks here, and nothing
 * else looks at a user's role. Rules are data about who the actor is and which unit a record
 * belongs to, nothing else, so they can be tested as a table.
 *
 * A permission is asked in two ways. By its name alone ("report.write") before any record is
 * read: may this actor do this at all, for their own unit or as an admin. That is what the
 * action pipeline (lib/core/actions/run-action.ts) and page guards ask, and the answer also says
 * which kind of actor the action gets (admitActor). With a record's unit ({ action:
 * "minutes.write", hostUnitId }) once the record is known: mutations on the locked row, and
 * pages deciding which controls to show.
 */

/** Who a rule is about: the signed-in user as the session knows them. */
export type Actor = Pick<CurrentUser, "id" | "role" | "unitId">;
export type Admin<U extends Actor = Actor> = U & { role: "ADMIN" };
/** A secretary always has a unit (a database check); the type says so once it is checked. */
export type Secretary<U extends Actor = Actor> = U & { role: "SECRETARY"; unitId: number };

/** What the action pipeline hands an action, by what the action's permission needs. */
export type SignedInActor = CurrentUser;
export type AdminActor = Admin<CurrentUser>;
export type SecretaryActor = Secretary<CurrentUser>;

/** Which actors a permission admits, before any record is read. */
type Rule =
  /** Anyone signed in. */
  | "signedIn"
  /** The district committee (区团工委). */
  | "admin"
  /** A unit's secretary, acting for their own unit (never a unit id from a form). */
  | "secretary"
  /** An admin, or a secretary for their own unit; the record then says which unit may. */
  | "adminOrSecretary";

type ActorUnder<U extends Actor> = {
  signedIn: U;
  admin: Admin<U>;
  secretary: Secretary<U>;
  adminOrSecretary: Admin<U> | Secretary<U>;
};

const permissions = {
  signedIn: "signedIn",
  /** Seeing a meeting: public ones are open to visitors (checked by pages), others to members. */
  "meeting.view": "signedIn",
  /** A community's contact person and phone: members only, never visitors. */
  "community.viewContact": "signedIn",

  /** Admin pages in general. */
  "admin.access": "admin",
  /** Reviewing membership applications (成员准入). */
  "membership.review": "admin",
  /** Creating, editing, importing units and changing their status. */
  "units.manage": "admin",
  /** Secretaries' and admins' accounts: add, replace, deactivate, reset passwords. */
  "users.manage": "admin",
  "audit.read": "admin",
  /** The year's activity list (年度活动清单): years, activities, leads, import and export. */
  "plan.manage": "admin",
  /** Accepting a lead unit's report or asking for a fix. */
  "report.review": "admin",
  /** Confirming or returning a unit's commitment records (承诺践诺). */
  "commitment.review": "admin",
  /** Scheduling joint meetings, their invitations, agenda, attendance and publishing minutes (联席会议). */
  "meetings.manage": "admin",
  /** The rotation (活动轮值): settings, generating, hand edits, publishing, approving swaps. */
  "rotation.manage": "admin",
  /** Subdistricts and communities, their contacts and map points (结对挂钩). */
  "communities.manage": "admin",
  /** Pairing units with communities: creating, approving, pausing, ending (结对挂钩). */
  "pairings.manage": "admin",
  /** The needs board: posting needs, deciding offers, turning needs into activities, closing them. */
  "needs.manage": "admin",
  /** Long-term service sites (定点服务点), the units serving them and their service log. */
  "sites.manage": "admin",
  /** Building, sending and reading surveys (调研问卷), and drafting list items from them. */
  "surveys.manage": "admin",

  /** The secretary's workspace (/my): its pages and navigation. */
  "workspace.open": "secretary",
  /** One's own notifications (/my/inbox). */
  "inbox.read": "secretary",
  /** One's own contact details. */
  "profile.update": "secretary",
  /** One's own unit's profile (intro, logo, public contact). */
  "unit.updateProfile": "secretary",
  /** Claiming an activity for one's unit, or giving it back (认领). */
  "activity.claim": "secretary",
  /** Running an activity one's unit leads: sign-up switches, marking it held (the lead is checked on the row). */
  "activity.lead": "secretary",
  /** Signing one's unit up for an activity, or withdrawing (举手). */
  "activity.join": "secretary",
  /** Setting a led activity's time and place (the lead is checked on the row). */
  "activity.schedule": "secretary",
  /** Writing the lead unit's report and its photos (the lead is checked on the row). */
  "report.write": "secretary",
  /** Checking in at an activity one's unit leads or joined. */
  "checkin.record": "secretary",
  /** Recording one's unit's commitments (承诺践诺) with photos. */
  "commitment.record": "secretary",
  /** Answering a meeting invitation or checking in, for one's own unit (never an admin). */
  "meeting.respond": "secretary",
  /** One's unit's rotation preferences. */
  "rotation.setPreferences": "secretary",
  /** Requesting, cancelling and answering rotation swaps for one's unit. */
  "rotation.swap": "secretary",
  /** Booking a venue for one's unit. */
  "booking.create": "secretary",
  /** Proposing a pairing of one's unit with a community (an admin approves it). */
  "pairing.propose": "secretary",
  /** Offering one's unit's help with a community need, or withdrawing the offer. */
  "need.offer": "secretary",
  /** Answering a survey for one's unit, and changing the answer while it is open. */
  "survey.answer": "secretary",

  /** Registering and editing venues: the owning unit's secretaries and admins (the venue says which unit). */
  "venue.manage": "adminOrSecretary",
  /** Confirming or declining a booking of one's venue (the venue's owner is checked on the row). */
  "booking.decide": "adminOrSecretary",
  /** Cancelling a booking: the booking unit or the venue's owner (checked on the row). */
  "booking.cancel": "adminOrSecretary",
  /** Cancelling an activity that has not been held: its lead unit or an admin. */
  "activity.cancel": "adminOrSecretary",
  /** Writing a meeting's minutes and decisions: admins and the host unit's secretaries. */
  "minutes.write": "adminOrSecretary",
  /** Updating a decision's status: the owner unit's secretaries and admins. */
  "decision.update": "adminOrSecretary",
} as const satisfies Record<string, Rule>;

/** A permission asked by name, before any record is read. */
export type Gate = keyof typeof permissions;

/** The same permissions once the record's unit is known (and one record-only one). */
export type RecordPermission =
  | { action: "minutes.write"; hostUnitId: number | null }
  | { action: "decision.update"; ownerUnitId: number }
  | { action: "venue.manage"; unitId: number }
  | { action: "activity.cancel"; leadUnitId: number | null }
  /** Booking for (and withdrawing the bookings of) this unit. */
  | { action: "booking.create"; unitId: number }
  /** A unit's commitment records and their photos: that unit and admins. */
  | { action: "commitment.view"; unitId: number };

export type Permission = Gate | RecordPermission;

/** The actor an action asking this permission gets from the pipeline. */
export type ActorOf<G extends Gate, U extends Actor = CurrentUser> = ActorUnder<U>[(typeof permissions)[G]];

/** Why an actor is refused: not allowed, or a secretary whose account has no unit to act for. */
export type Refusal = "core.errors.forbidden" | "core.errors.noUnit";
export type Admission<A> = { ok: true; actor: A } | { ok: false; key: Refusal };

export function isAdmin<U extends Actor>(actor: U | null): actor is Admin<U> {
  return actor?.role === "ADMIN";
}

/** A secretary with their unit (an account without one acts for nobody). */
export function isSecretary<U extends Actor>(actor: U | null): actor is Secretary<U> {
  return actor?.role === "SECRETARY" && actor.unitId !== null;
}

/** The unit a user acts for: a secretary's own, none for admins and visitors. */
export function actingUnitOf(actor: Actor | null): number | null {
  return isSecretary(actor) ? actor.unitId : null;
}

/**
 * Whether an account may hold a session at all: a secretary only while their unit is active
 * (a suspended or withdrawn unit's secretaries count as signed out).
 */
export function unitAllowsSignIn(user: { role: Actor["role"]; unit: { status: string } | null }): boolean {
  return user.role === "ADMIN" || user.unit?.status === "ACTIVE";
}

function refuse<A>(actor: Actor): Admission<A> {
  const missingUnit = actor.role === "SECRETARY" && actor.unitId === null;
  return { ok: false, key: missingUnit ? "core.errors.noUnit" : "core.errors.forbidden" };
}

function admitters<U extends Actor>(): { [R in Rule]: (actor: U) => Admission<ActorUnder<U>[R]> } {
  return {
    signedIn: (actor) => ({ ok: true, actor }),
    admin: (actor) => (isAdmin(actor) ? { ok: true, actor } : refuse(actor)),
    secretary: (actor) => (isSecretary(actor) ? { ok: true, actor } : refuse(actor)),
    adminOrSecretary: (actor) => (isAdmin(actor) || isSecretary(actor) ? { ok: true, actor } : refuse(actor)),
  };
}

/**
 * Admits a signed-in user for a permission asked by name, narrowed to the kind of actor it
 * needs (an admin, a secretary with their unit), or says why not.
 */
export function admitActor<G extends Gate, U extends Actor>(
  actor: U,
  permission: G,
): Admission<ActorOf<G, U>> {
  return admitters<U>()[permissions[permission]](actor);
}

const ownUnit = (actor: Actor, unitId: number | null) => isSecretary(actor) && actor.unitId === unitId;

/**
 * Running and reporting an activity (scheduling it, marking it held, its report and photos):
 * only its lead unit, through that unit's secretaries (the pipeline has already admitted them as
 * secretaries; here the unit they act for is checked against the activity's lead).
 */
export function runsActivity(actingUnitId: number | null, leadUnitId: number | null): boolean {
  return actingUnitId !== null && actingUnitId === leadUnitId;
}

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  if (typeof permission === "string") return admitActor(actor, permission).ok;
  switch (permission.action) {
    case "minutes.write":
      return isAdmin(actor) || ownUnit(actor, permission.hostUnitId);
    case "decision.update":
      return isAdmin(actor) || ownUnit(actor, permission.ownerUnitId);
    case "venue.manage":
    case "commitment.view":
      return isAdmin(actor) || ownUnit(actor, permission.unitId);
    case "activity.cancel":
      return isAdmin(actor) || ownUnit(actor, permission.leadUnitId);
    case "booking.create":
      return ownUnit(actor, permission.unitId);
  }
}
