import { z } from "zod";
import { id, optionalText } from "@/lib/core/forms/fields";

const version = z.coerce.number("core.validation.invalid").int().min(0);
const month = z.coerce.number("core.validation.invalid").int().min(1).max(12);
const year = z.coerce.number("core.validation.invalid").int().min(2000).max(9999);

/**
 * The form offers the other unit's duty as one select ("target" = "unitId:month"); tests and
 * scripts may send toUnitId and toMonth directly.
 */
function splitTarget(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const fields = raw as Record<string, unknown>;
  if (typeof fields.target !== "string" || fields.target === "") return fields;
  const [toUnitId, toMonth] = fields.target.split(":");
  return { ...fields, toUnitId, toMonth };
}

export const requestSwapSchema = z.preprocess(
  splitTarget,
  z.object({ year, fromMonth: month, toUnitId: id, toMonth: month, note: optionalText(500) }),
);
export type RequestSwapInput = z.output<typeof requestSwapSchema>;

export const swapIdSchema = z.object({ swapId: id, version });
export type SwapIdInput = z.output<typeof swapIdSchema>;

export const answerSwapSchema = z.object({
  swapId: id,
  version,
  answer: z.enum(["ACCEPT", "DECLINE"]),
  answerNote: optionalText(500),
});
export type AnswerSwapInput = z.output<typeof answerSwapSchema>;

export const decideSwapSchema = z.object({
  swapId: id,
  version,
  decision: z.enum(["APPROVE", "REJECT"]),
  answerNote: optionalText(500),
});
export type DecideSwapInput = z.output<typeof decideSwapSchema>;
