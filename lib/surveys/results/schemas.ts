import { z } from "zod";
import { id, toIdList } from "@/lib/core/forms/fields";
import { ActivityType, Commitment } from "@/lib/generated/prisma/enums";

/**
 * Drafting next year's activities from a survey's results: the picked options ("o<id>", the
 * activity is named after the option) or questions ("q<id>", named after the prompt), the year's
 * list to add them to, and the type, commitment and month they start with (edited later).
 */
export const draftActivitiesSchema = z.object({
  surveyId: id,
  year: z.coerce.number("core.validation.invalid").int().min(2000).max(2100),
  picks: z.preprocess(
    toIdList,
    z
      .array(z.string().regex(/^[oq]\d{1,9}$/, "core.validation.invalid"))
      .min(1, "surveys.admin.draft.pickSomething")
      .max(100),
  ),
  type: z.enum(ActivityType, "core.validation.choice"),
  commitment: z.enum(Commitment, "core.validation.choice"),
  plannedMonth: z.coerce.number("core.validation.invalid").int().min(1).max(12),
});
export type DraftActivitiesInput = z.output<typeof draftActivitiesSchema>;
