import { z } from "zod";
import { hasControlCharacters, id, isoDate, optionalText, text } from "@/lib/core/forms/fields";

const version = z.coerce.number("core.validation.invalid").int().min(0);

export const activityVersionSchema = z.object({ activityId: id, version });
export type ActivityVersionInput = z.infer<typeof activityVersionSchema>;

export const cancelActivitySchema = z.object({ activityId: id, version, reason: text(500) });
export type CancelActivityInput = z.infer<typeof cancelActivitySchema>;

const count = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, "activities.reports.wholeNumber")
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));

/** Spare blank result rows the form offers (no script needed to add rows). */
export const resultRowCount = 8;

// Rows are named per unit and per result line ("participant_12", "result_0_label"), so a refused
// form echoes each value and error back to its own control.
function gatherRows(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return raw;
  const fields = raw as Record<string, unknown>;
  const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const participants = Object.keys(fields)
    .map((key) => /^participant_(\d{1,10})$/.exec(key))
    .filter((match) => match !== null)
    .map((match) => ({ unitId: Number(match[1]), count: str(fields[match[0]]) }));
  const results = Array.from({ length: 20 }, (_, index) => ({
    index,
    label: str(fields[`result_${index}_label`]),
    value: str(fields[`result_${index}_value`]),
    unit: str(fields[`result_${index}_unit`]),
  }));
  return { ...fields, participants, results };
}

export const reportSchema = z
  .preprocess(
    gatherRows,
    z.object({
      activityId: id,
      /** The report's version when fixing a returned report; absent for a first submission. */
      reportVersion: z
        .string()
        .optional()
        .transform((value) => (value ? Number(value) : null))
        .pipe(z.number().int().min(0).nullable()),
      actualDate: isoDate,
      volunteerCount: count(100_000),
      serviceHours: z
        .string()
        .trim()
        .regex(/^\d{1,6}(\.\d)?$/, "activities.reports.hoursFormat")
        .transform(Number),
      summary: text(5000),
      participants: z.array(z.object({ unitId: z.number(), count: z.string() })).max(500),
      results: z.array(
        z.object({ index: z.number(), label: z.string(), value: z.string(), unit: z.string() }),
      ),
    }),
  )
  .transform((input, context) => {
    const participants: Array<{ unitId: number; count: number }> = [];
    for (const row of input.participants) {
      if (!/^\d{1,6}$/.test(row.count) || Number(row.count) > 100_000) {
        context.addIssue({
          code: "custom",
          path: [`participant_${row.unitId}`],
          message: "activities.reports.wholeNumber",
        });
      } else participants.push({ unitId: row.unitId, count: Number(row.count) });
    }
    const results: Array<{ label: string; value: number; unit: string }> = [];
    for (const { index, label, value, unit } of input.results) {
      if (!label && !value && !unit) continue; // a blank spare row
      const at = (field: string) => [`result_${index}_${field}`];
      if (!label || label.length > 60)
        context.addIssue({
          code: "custom",
          path: at("label"),
          message: "activities.reports.resultLabelInvalid",
        });
      else if (unit.length > 20)
        context.addIssue({
          code: "custom",
          path: at("unit"),
          message: "activities.reports.resultUnitInvalid",
        });
      else if (hasControlCharacters(label) || hasControlCharacters(unit))
        context.addIssue({
          code: "custom",
          path: at(hasControlCharacters(label) ? "label" : "unit"),
          message: "core.validation.controlCharacters",
        });
      else if (!/^\d{1,10}(\.\d{1,2})?$/.test(value)) {
        context.addIssue({
          code: "custom",
          path: at("value"),
          message: "activities.reports.resultValueInvalid",
        });
      } else results.push({ label, value: Number(value), unit });
    }
    return { ...input, participants, results };
  });
export type ReportInput = z.output<typeof reportSchema>;

export const photoSchema = z.object({
  activityId: id,
  photo: z
    .instanceof(File, { message: "activities.reports.photoRequired" })
    .refine((file) => file.size > 0, "activities.reports.photoRequired"),
  caption: optionalText(200),
});
export type PhotoInput = z.infer<typeof photoSchema>;

export const removePhotoSchema = z.object({ activityId: id, photoId: id });

export const reviewReportSchema = z.object({ reportId: id, version });
export const requestFixSchema = z.object({ reportId: id, version, message: text(1000) });
