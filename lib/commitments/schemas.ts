import { z } from "zod";
import { id, optionalText, text } from "@/lib/forms/fields";
import { maxYear, minYear } from "./year";

export const maxRosterNames = 100;
export const maxRosterNameLength = 30;

const commitment = z.enum(
  ["STUDY_EXCHANGE", "YOUTH_PROJECT", "LIVELIHOOD", "CULTURE_SPORTS", "BACKBONE_TEAM"],
  "validation.choice",
);
const status = z.enum(["NOT_STARTED", "IN_PROGRESS", "DONE"], "validation.choice");
const year = z.coerce.number("validation.invalid").int().min(minYear).max(maxYear);

/** A blank select means "no community". */
const optionalCommunityId = z
  .union([z.literal(""), id])
  .optional()
  .transform((value) => (value === "" || value === undefined ? null : value));

/** A roster typed one name per line: blank lines dropped, each name trimmed. */
const roster = z
  .string()
  .max(maxRosterNames * (maxRosterNameLength + 2))
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(/\r?\n/)
      .map((name) => name.trim())
      .filter(Boolean),
  )
  .refine((names) => names.length <= maxRosterNames, "commitments.rosterTooMany")
  .refine(
    (names) => names.every((name) => name.length <= maxRosterNameLength),
    "commitments.rosterNameTooLong",
  );

const recordFields = z.object({
  commitment,
  title: text(120),
  description: optionalText(2000),
  status,
  communityId: optionalCommunityId,
  roster,
});

type RecordFields = z.output<typeof recordFields>;

/** The rules that depend on which commitment the record serves. */
function checkEvidence(input: RecordFields, ctx: z.RefinementCtx) {
  if (input.commitment === "LIVELIHOOD" && input.communityId === null) {
    ctx.addIssue({ code: "custom", path: ["communityId"], message: "commitments.communityRequired" });
  }
  if (input.commitment === "BACKBONE_TEAM" && input.roster.length === 0) {
    ctx.addIssue({ code: "custom", path: ["roster"], message: "commitments.rosterRequired" });
  }
}

export const createRecordSchema = recordFields.extend({ year }).superRefine(checkEvidence);
export type CreateRecordInput = z.output<typeof createRecordSchema>;

export const updateRecordSchema = recordFields
  .extend({ id, version: z.coerce.number("validation.invalid").int().min(0) })
  .superRefine(checkEvidence);
export type UpdateRecordInput = z.output<typeof updateRecordSchema>;

export const deleteRecordSchema = z.object({
  id,
  version: z.coerce.number("validation.invalid").int().min(0),
});
export type DeleteRecordInput = z.output<typeof deleteRecordSchema>;
