import { z } from "zod";
import { checkbox, id, optionalText, text, toIdList } from "@/lib/core/forms/fields";
import { parseBeijingLocalInput } from "@/lib/core/time/beijing";
import { SurveyQuestionKind } from "@/lib/generated/prisma/enums";
import { hasOptions, optionLines, optionLinesProblem } from "./options";

// Schemas shared by the survey builder's forms and their server actions.

const version = z.coerce.number("core.validation.invalid").int().min(0).max(2_147_483_647);

/** A datetime-local field read as Beijing time. */
const beijingInstant = z
  .string()
  .trim()
  .min(1, "core.validation.required")
  .transform((value, ctx) => {
    const instant = parseBeijingLocalInput(value);
    if (!instant) {
      ctx.addIssue({ code: "custom", message: "core.validation.date" });
      return z.NEVER;
    }
    return instant;
  });

const surveyFields = z.object({
  title: text(120),
  intro: optionalText(2000),
  opensAt: beijingInstant,
  closesAt: beijingInstant,
  anonymous: checkbox,
});

// Zod 4 runs an object's refinement even when a field failed (the failed field keeps its raw
// value): compare only two real instants; a bad one already has its own message.
const windowChecked = <T extends z.ZodType<{ opensAt: Date; closesAt: Date }>>(schema: T) =>
  schema.refine(
    ({ opensAt, closesAt }) =>
      !(opensAt instanceof Date && closesAt instanceof Date) || closesAt.getTime() > opensAt.getTime(),
    {
      path: ["closesAt"],
      message: "surveys.admin.validation.closesBeforeOpens",
    },
  );

export const createSurveySchema = windowChecked(surveyFields);
export type CreateSurveyInput = z.output<typeof createSurveySchema>;

export const updateSurveySchema = windowChecked(surveyFields.extend({ surveyId: id, version }));
export type UpdateSurveyInput = z.output<typeof updateSurveySchema>;

const questionFields = z
  .object({
    kind: z.enum(SurveyQuestionKind, "core.validation.choice"),
    prompt: text(300),
    required: checkbox,
    allowOther: checkbox,
    options: optionalText(5000),
  })
  .superRefine((value, ctx) => {
    if (!hasOptions(value.kind)) return;
    const problem = optionLinesProblem(optionLines(value.options));
    if (problem) ctx.addIssue({ code: "custom", path: ["options"], message: problem });
  })
  .transform((value) => ({
    kind: value.kind,
    prompt: value.prompt,
    required: value.required,
    // "Other" is a multiple-choice box only; options belong to choice and ranking questions.
    allowOther: value.kind === "MULTIPLE_CHOICE" && value.allowOther,
    options: hasOptions(value.kind) ? optionLines(value.options) : [],
  }));

export const addQuestionSchema = z.object({ surveyId: id, version }).and(questionFields);
export type AddQuestionInput = z.output<typeof addQuestionSchema>;

export const updateQuestionSchema = z.object({ surveyId: id, version, questionId: id }).and(questionFields);
export type UpdateQuestionInput = z.output<typeof updateQuestionSchema>;

export const moveQuestionSchema = z.object({
  surveyId: id,
  version,
  questionId: id,
  direction: z.enum(["up", "down"], "core.validation.choice"),
});
export type MoveQuestionInput = z.output<typeof moveQuestionSchema>;

export const removeQuestionSchema = z.object({ surveyId: id, version, questionId: id });
export type RemoveQuestionInput = z.output<typeof removeQuestionSchema>;

export const sendSurveySchema = z
  .object({
    surveyId: id,
    version,
    audience: z.enum(["all", "chosen"], "core.validation.choice"),
    unitIds: z.preprocess(toIdList, z.array(id).max(1000)),
  })
  .refine((value) => value.audience === "all" || value.unitIds.length > 0, {
    path: ["unitIds"],
    message: "surveys.admin.validation.chooseUnits",
  });
export type SendSurveyInput = z.output<typeof sendSurveySchema>;
