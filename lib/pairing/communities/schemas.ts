import { z } from "zod";
import { id, optionalPhone, optionalText, text } from "@/lib/core/forms/fields";
import { checkMapPoint, mapPointFields } from "@/lib/core/forms/map-point";

/** An optional select: blank = none. */
const optionalId = z.preprocess(
  (value) => (value === undefined || value === "" ? null : value),
  id.nullable(),
);

const communityObject = z.object({
  /** The subdistrict's name: an existing one is chosen, a new one is created with the community. */
  subdistrict: text(60),
  name: text(120),
  address: optionalText(200),
  /** The map point (WGS-84), both or neither, within the Zhenjiang box of core/forms/map-point.ts. */
  ...mapPointFields,
  description: optionalText(5000),
  contactName: optionalText(60),
  contactPhone: optionalPhone,
  /** The member unit that is the community's own league branch (团支部), if any. */
  unitId: optionalId,
});

const numberOrNull = (value: unknown) => (typeof value === "number" ? value : null);

// `when`: check the pair even when another field failed, so every mistake shows at once (a
// coordinate that failed its own check counts as absent here and is reported on its field).
const pointChecked = <T extends z.ZodType<{ latitude?: unknown; longitude?: unknown }>>(schema: T) =>
  schema.superRefine(
    (value, ctx) =>
      checkMapPoint(
        { latitude: numberOrNull(value.latitude), longitude: numberOrNull(value.longitude) },
        ctx,
      ),
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export const createCommunitySchema = pointChecked(communityObject);
export type CreateCommunityInput = z.output<typeof createCommunitySchema>;

export const updateCommunitySchema = pointChecked(
  communityObject.extend({
    communityId: id,
    version: z.coerce.number("core.validation.invalid").int().min(0).max(2_147_483_647),
  }),
);
export type UpdateCommunityInput = z.output<typeof updateCommunitySchema>;

export const renameSubdistrictSchema = z.object({ subdistrictId: id, name: text(60) });
export type RenameSubdistrictInput = z.output<typeof renameSubdistrictSchema>;
