import { z } from "zod";
import { email, id, mobile, plainKey, slug, text } from "@/lib/core/forms/fields";
import { LeagueOrgType, UnitCategory } from "@/lib/generated/prisma/enums";

/** Longest "why we want to join" (also a check constraint in the database). */
export const motivationMax = 2000;
/** Longest admin message or applicant reply. */
export const messageMax = 2000;

/** Organisation names compare without case and with runs of spaces collapsed. */
const orgName = text(120).transform((value) => value.replace(/\s+/g, " "));

export const applySchema = z.object({
  orgName,
  category: z.enum(UnitCategory),
  orgType: z.enum(LeagueOrgType),
  district: z.enum(["IN", "OUT"]),
  address: text(200),
  // Not "secretaryName": form values whose name contains "secret" are never echoed back.
  contactName: text(60),
  mobile,
  email,
  motivation: text(motivationMax),
});
export type ApplyInput = z.infer<typeof applySchema>;

/** The hidden fields every decision carries: which application, and the version the admin saw. */
const decision = { id, version: z.coerce.number("core.validation.invalid").int().min(0).max(2_147_483_647) };

export const requestInfoSchema = z.object({ ...decision, message: text(messageMax) });
export type RequestInfoInput = z.infer<typeof requestInfoSchema>;

export const rejectSchema = z.object({ ...decision, reason: text(messageMax) });
export type RejectInput = z.infer<typeof rejectSchema>;

export const approveSchema = z.object({
  ...decision,
  name: orgName,
  shortName: text(40),
  // The slug is also the secretary's login: one that looks like a mobile number could never
  // be used to sign in (the sign-in form reads it as a mobile).
  slug: slug.refine((value) => !/^1\d{10}$/.test(value), "units.admission.review.slugLooksLikeMobile"),
  mobile,
});
export type ApproveInput = z.infer<typeof approveSchema>;

export const replySchema = z.object({
  reference: plainKey(1, 20),
  mobile,
  version: decision.version,
  reply: text(messageMax),
});
export type ReplyInput = z.infer<typeof replySchema>;
