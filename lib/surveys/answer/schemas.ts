import { z } from "zod";
import { hasControlCharacters, id } from "@/lib/core/forms/fields";

/**
 * A question's field as a form sends it: one value, or several (checkboxes). Control characters
 * are refused here already (PostgreSQL refuses NUL), so no field passes through unchecked.
 */
const answerField = z
  .union([z.string(), z.array(z.string())])
  .refine((value) => ![value].flat().some(hasControlCharacters), "core.validation.controlCharacters");

/**
 * What every answer form carries besides its questions' fields (those are checked against the
 * survey's questions by answerSchema in ./answer-schema.ts): the survey, and the version of the
 * unit's response the form showed ("" for a first answer). The other fields pass through, as
 * form text without control characters.
 */
export const answerEnvelopeSchema = z
  .object({
    surveyId: id,
    responseVersion: z.preprocess(
      (value) => (value === "" || value === undefined ? null : value),
      z.coerce.number("core.validation.invalid").int().min(0).max(2_147_483_647).nullable(),
    ),
  })
  .catchall(answerField);
export type AnswerEnvelope = z.output<typeof answerEnvelopeSchema>;
