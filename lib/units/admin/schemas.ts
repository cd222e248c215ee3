import { z } from "zod";
import { checkbox, id, isoDate, optionalPhone, optionalText, slug, text } from "@/lib/core/forms/fields";
import { checkMapPoint, mapPointFields } from "@/lib/core/forms/map-point";
import { LeagueOrgType, UnitCategory, UnitStatus } from "@/lib/generated/prisma/enums";

// Zod schemas for the admin's unit forms and the bulk import; pure, so the import's row
// validation and the forms share exactly the same rules.

/** True for a real calendar day: "2023-02-30" has the right shape but is not one. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A YYYY-MM-DD date as a UTC-midnight Date. Checks the day exists first, because the shared
 * isoDate lets JavaScript roll "02-30" over into March.
 */
export const calendarDate = z
  .string()
  .trim()
  .refine(isCalendarDate, "core.validation.date")
  .pipe(isoDate)
  .refine((date) => date.getUTCFullYear() >= 1949 && date.getUTCFullYear() <= 2100, "core.validation.date");

/** Every field an admin sets on a unit; the bulk import validates its rows with it too. */
export const unitSchema = z.object({
  name: text(120),
  shortName: text(40),
  slug,
  category: z.enum(UnitCategory),
  orgType: z.enum(LeagueOrgType),
  inDistrict: checkbox,
  intro: optionalText(2000),
  address: optionalText(200),
  contactName: optionalText(60),
  contactPhone: optionalPhone,
  contactPhonePublic: checkbox,
  joinedOn: calendarDate,
  isDemo: checkbox,
});
export type UnitInput = z.infer<typeof unitSchema>;

/**
 * The admin's unit form: every field and the unit's map point (both or neither), from which the
 * needs board measures distances. The import has no columns for it, so it never clears one.
 */
export const unitFormSchema = unitSchema.extend(mapPointFields).superRefine(checkMapPoint);
export type UnitFormInput = z.infer<typeof unitFormSchema>;

/** Editing carries the updatedAt the form was opened with, so a stale save can be refused. */
export const updateUnitSchema = unitSchema
  .extend({
    ...mapPointFields,
    id,
    version: z.iso.datetime({ message: "core.validation.invalid" }),
  })
  .superRefine(checkMapPoint);
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

/**
 * A lifecycle step: the status the admin saw (the update only applies while it still holds),
 * why, and from when.
 */
export const statusChangeSchema = z.object({
  id,
  fromStatus: z.enum(UnitStatus),
  reason: text(500),
  effectiveOn: calendarDate,
});
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

/** Withdrawal is final, so the admin ticks a box saying they know. */
export const withdrawSchema = statusChangeSchema.extend({
  confirmFinal: checkbox.refine((value) => value, "units.admin.lifecycle.confirmFinalRequired"),
});

/** The uploaded file; content checks happen in lib/units/import. */
export const importFileSchema = z.object({
  file: z
    .instanceof(File, { message: "units.admin.import.chooseFile" })
    .refine((file) => file.size > 0, "units.admin.import.chooseFile"),
  /** The dry run's hash of the file: the import refuses a different file. */
  checkedHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
