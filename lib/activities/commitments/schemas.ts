import { z } from "zod";
import { id, isoDate, text } from "@/lib/core/forms/fields";
import { beijingToday } from "@/lib/core/time/beijing";
import { Commitment } from "@/lib/generated/prisma/enums";
import { maxYear, minYear } from "./year";

export const maxRosterNames = 100;
export const maxRosterNameLength = 30;

const commitment = z.enum(Commitment, "core.validation.choice");
const version = z.coerce.number("core.validation.invalid").int().min(0);

/** When it happened: a real date, not in the future (Beijing time), within the years we keep. */
const occurredOn = isoDate
  .refine((date) => date.getTime() <= beijingToday().getTime(), "activities.commitments.dateInFuture")
  .refine(
    (date) => date.getUTCFullYear() >= minYear && date.getUTCFullYear() <= maxYear,
    "core.validation.date",
  );

/** A blank select means "no community". */
const optionalCommunityId = z
  .union([z.literal(""), id])
  .optional()
  .transform((value) => (value === "" || value === undefined ? null : value));

/** The evidence picked from one list: "" (none), "activity:<id>" or "meeting:<id>". */
const link = z
  .string()
  .optional()
  .transform((value) => value ?? "")
  .pipe(z.string().regex(/^(|activity:\d{1,10}|meeting:\d{1,10})$/, "core.validation.choice"))
  .transform((value) => {
    const [kind, raw] = value.split(":");
    const linked = raw ? Number(raw) : null;
    return {
      activityId: kind === "activity" ? linked : null,
      meetingId: kind === "meeting" ? linked : null,
    };
  });

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
  .refine((names) => names.length <= maxRosterNames, "activities.commitments.rosterTooMany")
  .refine(
    (names) => names.every((name) => name.length <= maxRosterNameLength),
    "activities.commitments.rosterNameTooLong",
  );

/** An optional photo sent with the record (more can be added on the record's page). */
const optionalPhoto = z
  .union([z.instanceof(File), z.literal("")])
  .optional()
  .transform((file) => (file instanceof File && file.size > 0 ? file : null));

const recordFields = z.object({
  commitment,
  title: text(120),
  description: text(2000),
  occurredOn,
  link,
  communityId: optionalCommunityId,
  roster,
  photo: optionalPhoto,
});

type RecordFields = z.output<typeof recordFields>;

/** The rules that depend on which commitment the record serves. */
function checkEvidence(input: RecordFields, ctx: z.RefinementCtx) {
  if (input.commitment === "LIVELIHOOD" && input.communityId === null) {
    ctx.addIssue({
      code: "custom",
      path: ["communityId"],
      message: "activities.commitments.communityRequired",
    });
  }
  if (input.commitment === "BACKBONE_TEAM" && input.roster.length === 0) {
    ctx.addIssue({ code: "custom", path: ["roster"], message: "activities.commitments.rosterRequired" });
  }
}

export const createRecordSchema = recordFields.superRefine(checkEvidence);
export type CreateRecordInput = z.output<typeof createRecordSchema>;

/** Editing a submitted or returned record; saving it (re)submits it for review. */
export const updateRecordSchema = recordFields.extend({ id, version }).superRefine(checkEvidence);
export type UpdateRecordInput = z.output<typeof updateRecordSchema>;

export const deleteRecordSchema = z.object({ id, version });
export type DeleteRecordInput = z.output<typeof deleteRecordSchema>;

export const photoSchema = z.object({
  recordId: id,
  photo: z
    .instanceof(File, { message: "activities.commitments.photoRequired" })
    .refine((file) => file.size > 0, "activities.commitments.photoRequired"),
});
export type PhotoInput = z.output<typeof photoSchema>;

export const removePhotoSchema = z.object({ recordId: id, photoId: id });

export const confirmRecordSchema = z.object({ id, version });
export const returnRecordSchema = z.object({ id, version, note: text(1000) });
