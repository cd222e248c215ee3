import { z } from "zod";
import { id, isoDate, optionalText, text, toIdList } from "@/lib/core/forms/fields";
import { PairingFocus } from "@/lib/generated/prisma/enums";
import { needsReason, pairingTransitions } from "./transitions";

export const maxPairingUnits = 20;
export const maxNoteLength = 1000;
export const maxReasonLength = 500;

const version = z.coerce.number("core.validation.invalid").int().min(0);

/** The day the pairing starts: a real date within the years the portal keeps. */
const startsOn = isoDate.refine((date) => {
  const year = date.getUTCFullYear();
  return year >= 2000 && year <= 2100;
}, "core.validation.date");

/** The focus areas ticked: at least one, each a known one, each once. */
const focusAreas = z.preprocess(
  toIdList,
  z
    .array(z.enum(PairingFocus, "core.validation.choice"))
    .min(1, "pairing.pairings.focusRequired")
    .transform((areas) => [...new Set(areas)]),
);

const pairingFields = {
  communityId: id,
  startsOn,
  focusAreas,
  note: optionalText(maxNoteLength),
};

/** A secretary proposes a pairing of their own unit (never a unit from the form) with a community. */
export const proposePairingSchema = z.object(pairingFields);
export type ProposePairingInput = z.output<typeof proposePairingSchema>;

/** An admin pairs one unit (一对一) or several (多对一抱团) with a community directly. */
export const createPairingSchema = z.object({
  ...pairingFields,
  unitIds: z.preprocess(
    toIdList,
    z
      .array(id)
      .min(1, "pairing.pairings.unitsRequired")
      .max(maxPairingUnits, "pairing.pairings.tooManyUnits")
      .transform((ids) => [...new Set(ids)]),
  ),
});
export type CreatePairingInput = z.output<typeof createPairingSchema>;

/** One step of the lifecycle at the version the admin saw; some steps need a reason. */
export const changePairingStatusSchema = z
  .object({
    pairingId: id,
    version,
    transition: z.enum(pairingTransitions, "core.validation.choice"),
    reason: optionalText(maxReasonLength),
  })
  .superRefine((input, ctx) => {
    if (needsReason(input.transition) && input.reason === "") {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "pairing.pairings.reasonRequired" });
    }
  });
export type ChangePairingStatusInput = z.output<typeof changePairingStatusSchema>;

/** A unit joins or leaves a running pairing; the units of the pairing are told why. */
export const pairingUnitSchema = z.object({
  pairingId: id,
  version,
  unitId: id,
  reason: text(maxReasonLength),
});
export type PairingUnitInput = z.output<typeof pairingUnitSchema>;
