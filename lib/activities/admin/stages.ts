import type { Prisma } from "@/lib/generated/prisma/client";

// How far the items of a year's list got: the `?stage=` filter of /admin/plan/<year>, which the
// admin overview's figures link to. The stages nest (planned ⊇ claimed ⊇ scheduled ⊇ held ⊇
// reported ⊇ accepted), so each figure of the overview is "at least this far"; unclaimed and
// cancelled are the two side branches.

export const activityStages = [
  "planned",
  "unclaimed",
  "claimed",
  "scheduled",
  "held",
  "reported",
  "accepted",
  "cancelled",
] as const;
export type ActivityStage = (typeof activityStages)[number];

/** A `?stage=` value, or null (the whole list) for anything else. */
export function parseActivityStage(value: string | string[] | undefined): ActivityStage | null {
  return typeof value === "string" && (activityStages as readonly string[]).includes(value)
    ? (value as ActivityStage)
    : null;
}

const led = { status: { notIn: ["PLANNED", "CANCELLED"] } } satisfies Prisma.ActivityWhereInput;
const held = { status: { in: ["DONE", "REPORTED"] } } satisfies Prisma.ActivityWhereInput;

/**
 * The condition of each stage on an activity of the year.
 * - planned: on the list and not cancelled.
 * - claimed: a unit leads it (every status after PLANNED but CANCELLED).
 * - scheduled: its date and time are set — or it was held, which proves a date (a lead may open
 *   sign-up and hold it without scheduling in the portal; it then still counts as scheduled).
 * - reported: the lead reported it and the report stands — submitted or accepted; one returned
 *   for a fix does not count until it is resubmitted (the same rule as the public pages). An
 *   item marked reported without a report row (the demo data's 2023 list) counts as reported.
 */
export const stageWhere: Record<ActivityStage, Prisma.ActivityWhereInput> = {
  planned: { status: { not: "CANCELLED" } },
  unclaimed: { status: "PLANNED" },
  claimed: led,
  scheduled: { AND: [led, { OR: [{ startsAt: { not: null } }, held] }] },
  held,
  reported: { status: "REPORTED", NOT: { report: { is: { status: "NEEDS_FIX" } } } },
  accepted: { status: "REPORTED", report: { is: { status: "ACCEPTED" } } },
  cancelled: { status: "CANCELLED" },
};

/** The activities of `year` at `stage` (every one of the year without a stage). */
export function activitiesAtStage(year: number, stage: ActivityStage | null): Prisma.ActivityWhereInput {
  return stage ? { year, ...stageWhere[stage] } : { year };
}
