import { z } from "zod";
import { id, mobile, optionalEmail, text } from "@/lib/core/forms/fields";

// Shared by the account forms of /admin/users and their server actions.

/**
 * Login names are stored lower-case. They start with a letter so that a login can never be
 * mistaken for a mobile number at sign-in (digits-only identifiers are looked up as mobiles).
 */
export const login = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .transform((value) => value.toLowerCase())
  .pipe(z.string().regex(/^[a-z][a-z0-9._-]{2,59}$/, "units.accounts.validation.login"));

/** An optional mobile number: blank means none. */
export const optionalMobile = z
  .string()
  .optional()
  .transform((value) => (value ?? "").replace(/[\s-]/g, "") || null)
  .pipe(
    z
      .string()
      .regex(/^1[3-9]\d{9}$/, "core.validation.mobile")
      .nullable(),
  );

export const unitRole = z.enum(["PRIMARY", "DEPUTY"], "core.validation.choice");

/** A secretary is reached by mobile (and may sign in with it), so it is required for them. */
const secretaryPerson = {
  login,
  name: text(60),
  mobile,
  email: optionalEmail,
};

export const addSecretarySchema = z.object({ unitId: id, unitRole, ...secretaryPerson });
export type AddSecretaryInput = z.infer<typeof addSecretarySchema>;

/** Replaces the holder `userId` (the one the admin saw) by a new person in the same unit and role. */
export const replaceSecretarySchema = z.object({ userId: id, ...secretaryPerson });
export type ReplaceSecretaryInput = z.infer<typeof replaceSecretarySchema>;

export const addAdminSchema = z.object({
  login,
  name: text(60),
  mobile: optionalMobile,
  email: optionalEmail,
});
export type AddAdminInput = z.infer<typeof addAdminSchema>;

/** The record's updatedAt as the form saw it: a change since then makes the form stale. */
export const version = z.iso
  .datetime({ error: "core.validation.invalid" })
  .transform((value) => new Date(value));

export const editUserSchema = z.object({
  userId: id,
  version,
  name: text(60),
  mobile: optionalMobile,
  email: optionalEmail,
});
export type EditUserInput = z.infer<typeof editUserSchema>;

/** Deactivate, reactivate, reset a password: the state checks happen in the transaction. */
export const userIdSchema = z.object({ userId: id });
export type UserIdInput = z.infer<typeof userIdSchema>;
