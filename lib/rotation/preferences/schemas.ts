import { z } from "zod";
import { toIdList } from "@/lib/core/forms/fields";

export const maxPreferenceChoices = 3;

const version = z.coerce.number("core.validation.invalid").int().min(0);
const month = z.coerce.number("core.validation.invalid").int().min(1).max(12);
const year = z.coerce.number("core.validation.invalid").int().min(2000).max(9999);
/** A "1st/2nd/3rd choice" select: blank means no choice. */
const optionalMonth = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  month.optional(),
);

/**
 * The form names one checkbox per month ("blackout3": "on"), so a refused form can echo each
 * box back; scripts and tests may send a repeated "blackout" field instead. Both become a list.
 */
function collectBlackouts(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const fields = raw as Record<string, unknown>;
  const listed = toIdList(fields.blackout) as unknown[];
  const ticked = Object.entries(fields)
    .filter(([name, value]) => /^blackout\d{1,2}$/.test(name) && value === "on")
    .map(([name]) => name.slice("blackout".length));
  return { ...fields, blackout: [...listed, ...ticked] };
}

export const savePreferencesSchema = z.preprocess(
  collectBlackouts,
  z
    .object({
      year,
      version,
      choice1: optionalMonth,
      choice2: optionalMonth,
      choice3: optionalMonth,
      // Checkboxes named "blackout": absent, one value or several.
      blackout: z.array(month).max(12),
    })
    .superRefine((input, context) => {
      const choices = [input.choice1, input.choice2, input.choice3];
      choices.forEach((choice, index) => {
        if (choice === undefined) return;
        const path = [`choice${index + 1}`];
        if (choices.slice(0, index).includes(choice)) {
          context.addIssue({ code: "custom", path, message: "rotation.unit.errors.monthTwice" });
        } else if (input.blackout.includes(choice)) {
          context.addIssue({ code: "custom", path, message: "rotation.unit.errors.preferenceIsBlackout" });
        }
      });
      if (new Set(input.blackout).size !== input.blackout.length) {
        context.addIssue({
          code: "custom",
          path: ["blackout"],
          message: "rotation.unit.errors.blackoutTwice",
        });
      }
    })
    .transform((input) => ({
      year: input.year,
      version: input.version,
      // Ranked, gaps closed: "1st: —, 2nd: March" means March is the first choice.
      preferences: [input.choice1, input.choice2, input.choice3].filter((m): m is number => m !== undefined),
      blackouts: [...input.blackout].sort((a, b) => a - b),
    })),
);
export type SavePreferencesInput = z.output<typeof savePreferencesSchema>;
