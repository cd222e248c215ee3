import { z } from "zod";
import { id, text } from "@/lib/core/forms/fields";

/** Claim, open, close, reopen and withdraw name only the activity: the unit is the actor's. */
export const activityActionSchema = z.object({ activityId: id });
export type ActivityActionInput = z.infer<typeof activityActionSchema>;

/** Releasing a claim needs a reason the committee can read in the audit log. */
export const releaseActivitySchema = z.object({ activityId: id, reason: text(500) });
export type ReleaseActivityInput = z.infer<typeof releaseActivitySchema>;

/** Expected people from the unit: 1..500, as the database's check also says. */
export const headcount = z.coerce
  .number("activities.participation.headcountRange")
  .int("activities.participation.headcountWhole")
  .min(1, "activities.participation.headcountRange")
  .max(500, "activities.participation.headcountRange");

export const joinActivitySchema = z.object({ activityId: id, headcount });
export type JoinActivityInput = z.infer<typeof joinActivitySchema>;
