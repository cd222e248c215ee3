import { z } from "zod";
import { checkbox, id, isoDate, optionalText, plainKey, text } from "@/lib/core/forms/fields";
import {
  ActivityChannel,
  ActivityFormat,
  ActivityReach,
  ActivityType,
  Commitment,
} from "@/lib/generated/prisma/enums";

// Schemas shared by the list-building forms and their server actions.

/** An empty form field means "not given". */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const yearNumber = z.coerce.number().int().min(2000).max(2100);

/** The ISO timestamp of the record's updatedAt when the form was rendered. */
const timestampVersion = plainKey(1, 40);

export const createYearSchema = z.object({
  year: yearNumber,
  title: text(120),
  maxLeadsPerUnit: z.coerce.number().int().min(1).max(50),
  releaseDeadline: z.preprocess(blankToUndefined, isoDate.optional()),
});
export type CreateYearInput = z.infer<typeof createYearSchema>;

export const updateYearSchema = createYearSchema.extend({ version: timestampVersion });
export type UpdateYearInput = z.infer<typeof updateYearSchema>;

export const publishYearSchema = z.object({
  year: yearNumber,
  version: timestampVersion,
  // Publishing and unpublishing change what every visitor sees: the form asks to confirm.
  confirm: checkbox.refine((value) => value, "activities.admin.confirmRequired"),
});
export type PublishYearInput = z.infer<typeof publishYearSchema>;

export const placeKinds = ["text", "venue", "community", "online"] as const;
export type PlaceKind = (typeof placeKinds)[number];

const activityFields = {
  title: text(120),
  description: optionalText(2000),
  type: z.enum(ActivityType, "core.validation.choice"),
  commitment: z.enum(Commitment, "core.validation.choice"),
  plannedMonth: z.coerce.number().int().min(1).max(12),
  plannedDate: z.preprocess(blankToUndefined, isoDate.optional()),
  channel: z.enum(ActivityChannel, "core.validation.choice"),
  format: z.enum(ActivityFormat, "core.validation.choice"),
  reach: z.enum(ActivityReach, "core.validation.choice"),
  capacity: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10000).optional()),
  placeKind: z.enum(placeKinds, "core.validation.choice"),
  place: optionalText(200),
  venueId: z.preprocess(blankToUndefined, id.optional()),
  communityId: z.preprocess(blankToUndefined, id.optional()),
  /** The long-term service site it is held at: its report then adds the site's log entry. */
  serviceSiteId: z.preprocess(blankToUndefined, id.optional()),
};

type PlaceInput = { placeKind: PlaceKind; place: string; venueId?: number; communityId?: number };

/** Each kind of place needs its own field: an address, a chosen venue or a chosen community. */
function checkPlace(input: PlaceInput, context: z.RefinementCtx) {
  if (input.placeKind === "text" && !input.place) {
    context.addIssue({ code: "custom", path: ["place"], message: "core.validation.required" });
  }
  if (input.placeKind === "venue" && !input.venueId) {
    context.addIssue({ code: "custom", path: ["venueId"], message: "core.validation.required" });
  }
  if (input.placeKind === "community" && !input.communityId) {
    context.addIssue({ code: "custom", path: ["communityId"], message: "core.validation.required" });
  }
}

export const createActivitySchema = z.object({ year: yearNumber, ...activityFields }).superRefine(checkPlace);
export type CreateActivityInput = z.infer<typeof createActivitySchema>;

export const updateActivitySchema = z
  .object({ id, version: z.coerce.number().int().min(0), ...activityFields })
  .superRefine(checkPlace);
export type UpdateActivityInput = z.infer<typeof updateActivitySchema>;
export type ActivityFields = Omit<CreateActivityInput, "year">;

export const moveActivitySchema = z.object({ id, direction: z.enum(["up", "down"]) });
export type MoveActivityInput = z.infer<typeof moveActivitySchema>;

export const deleteActivitySchema = z.object({ id });

export const cancelActivitySchema = z.object({
  id,
  version: z.coerce.number().int().min(0),
  reason: text(500),
});
export type CancelActivityInput = z.infer<typeof cancelActivitySchema>;

export const assignLeadSchema = z.object({ id, unitId: id });
export type AssignLeadInput = z.infer<typeof assignLeadSchema>;

export const unassignLeadSchema = z.object({ id });

export const importFileSchema = z.object({
  year: yearNumber,
  file: z.instanceof(File, { message: "activities.admin.import.chooseFile" }),
  checkedHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
