import { z } from "zod";
import { checkbox, id, isoDate } from "@/lib/core/forms/fields";

const version = z.coerce.number("core.validation.invalid").int().min(0);
export const rotationYearField = z.coerce.number("core.validation.invalid").int().min(2000).max(9999);
const month = z.coerce.number("core.validation.invalid").int().min(1).max(12);

/** How many times a unit serves: 0..12 (a unit cannot serve twice in one month). */
export const timesField = z.coerce
  .number("core.validation.invalid")
  .int()
  .min(0)
  .max(12, "rotation.admin.errors.timesTooMany");

/** Checkboxes named "dutyMonths": absent, one value or several. */
const monthList = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(month)
    .refine((months) => new Set(months).size === months.length, "rotation.admin.errors.monthTwice"),
);

const optionalDate = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  isoDate.optional().transform((value) => value ?? null),
);

export const saveRotationYearSchema = z.object({
  year: rotationYearField,
  dutyMonths: monthList.refine((months) => months.length > 0, "rotation.admin.errors.dutyMonthsRequired"),
  defaultTimes: timesField,
  preferenceDeadline: optionalDate,
  /** Absent when creating the year's settings. */
  version: z.preprocess((value) => (value === "" ? undefined : value), version.optional()),
});
export type SaveRotationYearInput = z.output<typeof saveRotationYearSchema>;

export const saveUnitTimesSchema = z.object({
  year: rotationYearField,
  unitId: id,
  /** Blank: the year's default. */
  times: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    timesField.optional().transform((value) => value ?? null),
  ),
});
export type SaveUnitTimesInput = z.output<typeof saveUnitTimesSchema>;

export const addRotationPairSchema = z
  .object({ year: rotationYearField, unitAId: id, unitBId: id })
  .refine((input) => input.unitAId !== input.unitBId, {
    path: ["unitBId"],
    message: "rotation.admin.errors.pairSameUnit",
  });
export type AddRotationPairInput = z.output<typeof addRotationPairSchema>;

export const removeRotationPairSchema = z.object({ pairId: id });
export type RemoveRotationPairInput = z.output<typeof removeRotationPairSchema>;

/** An optional id field: blank means none. */
const optionalNumber = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  id.optional().transform((value) => value ?? null),
);

export const generateDraftSchema = z.object({
  year: rotationYearField,
  /** The draft number the page showed (blank: none), so a draft generated meanwhile is noticed. */
  knownDraft: optionalNumber,
  replaceDraft: checkbox,
});
export type GenerateDraftInput = z.output<typeof generateDraftSchema>;

/** One duty of a schedule as a form value: "unitId:month". */
export const dutyField = z
  .string()
  .trim()
  .regex(/^\d{1,9}:\d{1,2}$/, "core.validation.choice")
  .transform((value) => value.split(":").map(Number) as [number, number])
  .pipe(z.tuple([z.number().int().positive(), z.number().int().min(1).max(12)]))
  .transform(([unitId, month]) => ({ unitId, month }));

export const moveDutySchema = z
  .object({ scheduleId: id, version, duty: dutyField, toMonth: month })
  .refine((input) => input.duty.month !== input.toMonth, {
    path: ["toMonth"],
    message: "rotation.admin.errors.sameMonth",
  });
export type MoveDutyInput = z.output<typeof moveDutySchema>;

export const swapDutiesSchema = z
  .object({ scheduleId: id, version, dutyA: dutyField, dutyB: dutyField })
  .refine((input) => input.dutyA.unitId !== input.dutyB.unitId, {
    path: ["dutyB"],
    message: "rotation.admin.errors.swapSameUnit",
  })
  .refine((input) => input.dutyA.month !== input.dutyB.month, {
    path: ["dutyB"],
    message: "rotation.admin.errors.swapSameMonth",
  });
export type SwapDutiesInput = z.output<typeof swapDutiesSchema>;

export const publishDraftSchema = z.object({ scheduleId: id, version, despiteWarnings: checkbox });
export type PublishDraftInput = z.output<typeof publishDraftSchema>;
