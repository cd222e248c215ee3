import { z } from "zod";
import { id, isoDate, text } from "@/lib/core/forms/fields";

/** The version a form was opened on; a write based on an older one is refused. */
const version = z.coerce.number("core.validation.invalid").int().min(0).max(2_147_483_647);

export const decisionStatuses = ["OPEN", "IN_PROGRESS", "DONE", "DROPPED"] as const;
export type DecisionStatusName = (typeof decisionStatuses)[number];

const decisionFields = {
  title: text(300),
  ownerUnitId: id,
  dueOn: isoDate,
};

export const addDecisionSchema = z.object({ meetingId: id, ...decisionFields });
export type AddDecisionInput = z.infer<typeof addDecisionSchema>;

export const editDecisionSchema = z.object({ decisionId: id, version, ...decisionFields });
export type EditDecisionInput = z.infer<typeof editDecisionSchema>;

export const removeDecisionSchema = z.object({ decisionId: id, version });
export type RemoveDecisionInput = z.infer<typeof removeDecisionSchema>;

export const updateDecisionStatusSchema = z.object({
  decisionId: id,
  version,
  status: z.enum(decisionStatuses),
  note: text(1000),
});
export type UpdateDecisionStatusInput = z.infer<typeof updateDecisionStatusSchema>;

/** The /admin/decisions filters, read from the query string; anything malformed is ignored. */
export const adminDecisionFiltersSchema = z.object({
  // Absent: open and in progress only (what needs chasing); "ALL": every status.
  status: z
    .enum([...decisionStatuses, "ALL"])
    .optional()
    .catch(undefined),
  unit: id.optional().catch(undefined),
  meeting: id.optional().catch(undefined),
  // The admin overview's links: decisions of the year's meetings (Beijing), and overdue ones only.
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
});
export type AdminDecisionFilters = z.infer<typeof adminDecisionFiltersSchema>;

export const moveDecisionSchema = z.object({ decisionId: id, direction: z.enum(["up", "down"]) });
export type MoveDecisionInput = z.infer<typeof moveDecisionSchema>;
