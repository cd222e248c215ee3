// The options of a choice or ranking question arrive as one textarea, one option a line.

export const maxOptions = 30;
export const maxOptionLength = 120;

/** The non-blank lines, trimmed, in order. */
export function optionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** What is wrong with a list of option labels, as a catalog key, or null. */
export function optionLinesProblem(labels: string[]): string | null {
  if (labels.length > maxOptions) return "surveys.admin.validation.tooManyOptions";
  if (labels.some((label) => label.length > maxOptionLength)) return "surveys.admin.validation.optionTooLong";
  if (new Set(labels).size !== labels.length) return "surveys.admin.validation.duplicateOption";
  return null;
}

export const choiceKinds = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "RANKING"] as const;

/** Whether a question of this kind has options to choose from (or to rank). */
export function hasOptions(kind: string): boolean {
  return (choiceKinds as readonly string[]).includes(kind);
}
