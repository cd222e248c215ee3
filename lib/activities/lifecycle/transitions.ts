// The activity lifecycle as one table: for every action, the statuses it may start from and the
// status it leaves behind. Every write path asks this table (and only this table) whether its
// step is allowed, so the rules cannot drift apart between the lead's pages and the admin's.
import { DomainError } from "@/lib/core/errors";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";

export const activityStatuses = [
  "PLANNED",
  "CLAIMED",
  "OPEN",
  "CLOSED",
  "DONE",
  "REPORTED",
  "CANCELLED",
] as const satisfies readonly ActivityStatus[];

/** from-status → status after the action (the same status when the action keeps the stage). */
type Moves = Partial<Record<ActivityStatus, ActivityStatus>>;

const stay = (...from: ActivityStatus[]): Moves => Object.fromEntries(from.map((status) => [status, status]));
const to = (target: ActivityStatus, ...from: ActivityStatus[]): Moves =>
  Object.fromEntries(from.map((status) => [status, target]));

export const transitions = {
  /** A unit claims an unclaimed activity. */
  claim: to("CLAIMED", "PLANNED"),
  /** The admin sets or changes the lead: a planned activity becomes claimed, one under way keeps its stage. */
  assignLead: { PLANNED: "CLAIMED", ...stay("CLAIMED", "OPEN", "CLOSED", "DONE") },
  /** The admin takes the lead away before the activity was held. */
  unassignLead: to("PLANNED", "CLAIMED", "OPEN", "CLOSED"),
  /** The lead gives the activity back (no release deadline set: only before sign-up opens). */
  release: to("PLANNED", "CLAIMED"),
  /** The lead gives the activity back while the year's release deadline has not passed. */
  releaseBeforeDeadline: to("PLANNED", "CLAIMED", "OPEN"),
  /** The lead sets or changes date, place and capacity. */
  schedule: stay("CLAIMED", "OPEN", "CLOSED"),
  openSignUp: to("OPEN", "CLAIMED"),
  closeSignUp: to("CLOSED", "OPEN"),
  reopenSignUp: to("OPEN", "CLOSED"),
  /** Units join or withdraw only while sign-up is open. */
  join: stay("OPEN"),
  withdraw: stay("OPEN"),
  /** People check in from the day's sign-up until the report is filed. */
  checkIn: stay("OPEN", "CLOSED", "DONE"),
  /** Holding it ends sign-up, so an open activity need not be closed first. */
  markHeld: to("DONE", "OPEN", "CLOSED"),
  /** The first report; a returned report is resubmitted on a REPORTED activity (report status). */
  report: to("REPORTED", "DONE"),
  resubmitReport: stay("REPORTED"),
  /** The admin accepts or returns a report: the activity stays reported either way. */
  review: stay("REPORTED"),
  /** The admin edits the activity's fields: anything not yet reported or cancelled. */
  edit: stay("PLANNED", "CLAIMED", "OPEN", "CLOSED", "DONE"),
  /** The lead cancels an activity that has not been held. */
  cancel: to("CANCELLED", "CLAIMED", "OPEN", "CLOSED"),
  /** The admin may also cancel an unclaimed activity or one held but not yet reported. */
  cancelAsAdmin: to("CANCELLED", "PLANNED", "CLAIMED", "OPEN", "CLOSED", "DONE"),
} as const satisfies Record<string, Moves>;

export type LifecycleAction = keyof typeof transitions;

/** The status `action` leaves behind when started from `from`, or null when it is refused. */
export function nextStatus(action: LifecycleAction, from: ActivityStatus): ActivityStatus | null {
  return (transitions[action] as Moves)[from] ?? null;
}

export function allows(action: LifecycleAction, from: ActivityStatus): boolean {
  return nextStatus(action, from) !== null;
}

/** The statuses `action` may start from (for conditional updates: `status: { in: … }`). */
export function startsFrom(action: LifecycleAction): ActivityStatus[] {
  return activityStatuses.filter((status) => allows(action, status));
}

/** Performs the check: the next status, or the caller's refusal message. */
export function assertTransition(
  action: LifecycleAction,
  from: ActivityStatus,
  refusal: string,
): ActivityStatus {
  const next = nextStatus(action, from);
  if (next === null) throw new DomainError(refusal);
  return next;
}

/** Cancelling is one rule; who cancels decides how far back it reaches. */
export type Canceller = "lead" | "admin";
export function cancelAction(by: Canceller): LifecycleAction {
  return by === "admin" ? "cancelAsAdmin" : "cancel";
}

/** Every status an activity may move to from `from`, by any action (itself excluded). */
export function allowedNext(from: ActivityStatus): ActivityStatus[] {
  const reachable = new Set<ActivityStatus>();
  for (const action of Object.keys(transitions) as LifecycleAction[]) {
    const next = nextStatus(action, from);
    if (next !== null && next !== from) reachable.add(next);
  }
  return activityStatuses.filter((status) => reachable.has(status));
}
