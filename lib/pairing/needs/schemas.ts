import { z } from "zod";
import { id, isoDate, optionalText, text } from "@/lib/core/forms/fields";
import { checkMapPoint, mapPointFields } from "@/lib/core/forms/map-point";
import { ActivityType, Commitment } from "@/lib/generated/prisma/enums";
import { maxSkillLength, maxSkills, parseSkills } from "./skills";

// Schemas shared by the needs board's forms and their server actions.

const blankToNull = (value: unknown) => (value === undefined || value === "" ? null : value);

const optionalDate = z.preprocess(blankToNull, isoDate.nullable());

const version = z.coerce.number().int().min(0).max(2_147_483_647);

const needObject = z.object({
  communityId: z.preprocess(blankToNull, z.coerce.number().int().positive().nullable()),
  title: text(120),
  description: text(5000),
  address: optionalText(200),
  ...mapPointFields,
  startsOn: optionalDate,
  endsOn: optionalDate,
  volunteersWanted: z.preprocess(blankToNull, z.coerce.number().int().min(1).max(10_000).nullable()),
  skills: optionalText(1000),
  sizeValue: z.preprocess(
    blankToNull,
    z.coerce
      .number("core.validation.invalid")
      .gt(0, "pairing.needs.validation.sizePositive")
      .max(1_000_000_000)
      .nullable(),
  ),
  sizeUnit: optionalText(20),
});

type NeedShape = z.output<typeof needObject>;

/** The rules between fields, each reported next to the field that has to change. */
function checkNeed(value: NeedShape, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (value.communityId === null) issue("communityId", "pairing.needs.validation.communityRequired");
  checkMapPoint(value, ctx);
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
    issue("endsOn", "pairing.needs.validation.endsBeforeStarts");
  if (value.sizeValue !== null && !value.sizeUnit) issue("sizeUnit", "pairing.needs.validation.sizeUnit");
  if (value.sizeValue === null && value.sizeUnit) issue("sizeValue", "pairing.needs.validation.sizeValue");
  const skills = parseSkills(value.skills);
  // The catalog's message names the limits (maxSkills, maxSkillLength) in words.
  if (skills.length > maxSkills) issue("skills", "pairing.needs.validation.tooManySkills");
  if (skills.some((skill) => skill.length > maxSkillLength))
    issue("skills", "pairing.needs.validation.skillTooLong");
}

const withRules = <T extends z.ZodType<NeedShape>>(schema: T) =>
  schema.superRefine(checkNeed).transform((value) => ({
    ...value,
    communityId: value.communityId as number,
    skills: parseSkills(value.skills),
  }));

export const createNeedSchema = withRules(needObject);
export type CreateNeedInput = z.output<typeof createNeedSchema>;

export const updateNeedSchema = withRules(needObject.extend({ needId: id, version }));
export type UpdateNeedInput = z.output<typeof updateNeedSchema>;

export const needPhotoSchema = z.object({
  needId: id,
  caption: optionalText(200),
  photo: z
    .instanceof(File, { message: "pairing.needs.errors.photoRequired" })
    .refine((file) => file.size > 0, "pairing.needs.errors.photoRequired"),
});
export type NeedPhotoInput = z.output<typeof needPhotoSchema>;

export const removeNeedPhotoSchema = z.object({ needId: id, photoId: id });

export const offerHelpSchema = z.object({
  needId: id,
  headcount: z.coerce.number("core.validation.invalid").int().min(1).max(1000),
  availability: optionalText(120),
  note: optionalText(500),
});
export type OfferHelpInput = z.output<typeof offerHelpSchema>;

export const offerSchema = z.object({ offerId: id });

export const declineOfferSchema = z.object({ offerId: id, reason: text(500) });
export type DeclineOfferInput = z.output<typeof declineOfferSchema>;

export const convertNeedSchema = z.object({
  needId: id,
  version,
  year: z.coerce.number().int().min(2000).max(2100),
  plannedMonth: z.coerce.number().int().min(1).max(12),
  type: z.enum(ActivityType, "core.validation.choice"),
  commitment: z.enum(Commitment, "core.validation.choice"),
  title: text(120),
  description: optionalText(2000),
});
export type ConvertNeedInput = z.output<typeof convertNeedSchema>;

export const attachNeedSchema = z.object({ needId: id, version, activityId: id });
export type AttachNeedInput = z.output<typeof attachNeedSchema>;

export const closeNeedSchema = z.object({ needId: id, version, outcome: text(1000) });
export type CloseNeedInput = z.output<typeof closeNeedSchema>;

export const cancelNeedSchema = z.object({ needId: id, version, reason: text(500) });
export type CancelNeedInput = z.output<typeof cancelNeedSchema>;
