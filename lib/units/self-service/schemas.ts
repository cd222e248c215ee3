import { z } from "zod";
import { checkbox, mobile, optionalEmail, optionalPhone, optionalText, text } from "@/lib/core/forms/fields";
import { checkMapPoint, mapPointFields } from "@/lib/core/forms/map-point";
import { maxLogoBytes } from "@/lib/core/images/detect-image-type";

// Forms of the secretary's own workspace (/my). No form carries a user or unit id: the actor's
// own ids are used, whatever else a request sends (zod drops unknown fields).

/** The record's updatedAt when the form was rendered: a later change makes the save stale. */
export const version = z.iso
  .datetime({ offset: true, message: "core.errors.staleVersion" })
  .transform((value) => new Date(value));

export const updateProfileSchema = z.object({
  name: text(60),
  mobile,
  email: optionalEmail,
  version,
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

/** Textareas send CRLF line breaks; store LF so the length limit counts what the user sees. */
const multiline = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value),
    optionalText(max),
  );

export const updateUnitProfileSchema = z
  .object({
    intro: multiline(2000),
    address: optionalText(200),
    contactName: optionalText(60),
    contactPhone: optionalPhone,
    contactPhonePublic: checkbox,
    // The unit's map point: the needs board measures distances from it (lib/pairing/needs).
    ...mapPointFields,
    version,
  })
  .superRefine(checkMapPoint);
export type UpdateUnitProfileInput = z.infer<typeof updateUnitProfileSchema>;

/**
 * The size is checked here, before the bytes are read; the type is checked from the bytes
 * themselves by the mutation. A form without a chosen file sends an empty, nameless file.
 */
export const uploadLogoSchema = z.object({
  logo: z
    .instanceof(File, { message: "units.selfService.profile.logoRequired" })
    .refine((file) => file.size > 0, "units.selfService.profile.logoRequired")
    .refine((file) => file.size <= maxLogoBytes, "units.selfService.profile.logoTooLarge"),
});
export type UploadLogoInput = z.infer<typeof uploadLogoSchema>;

export const removeLogoSchema = z.object({});
