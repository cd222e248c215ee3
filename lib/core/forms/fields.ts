import { z } from "zod";

// Building blocks for the zod schemas that server actions and their forms share. Form fields
// arrive as strings; these trim, bound and convert them, and name catalog keys for errors.

// C0/C1 control characters other than tab, newline and carriage return. PostgreSQL refuses NUL
// in text outright (a query or an insert with one fails), and the rest are never typed by a user.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Whether the text holds a control character no form or URL parameter should carry. */
export const hasControlCharacters = (value: string) => controlCharacters.test(value);

/** A required single-line or multi-line text, trimmed, at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !controlCharacters.test(value), "core.validation.controlCharacters");

/**
 * A key or token the server looks up or stores as sent (a login, a reference, a request key):
 * trimmed and bounded, without control characters (PostgreSQL refuses NUL in text).
 */
export const plainKey = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !controlCharacters.test(value), "core.validation.controlCharacters");

/** Optional text: an absent or blank field becomes "". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !controlCharacters.test(value), "core.validation.controlCharacters")
    .optional()
    .transform((value) => value ?? "");

/** Mainland China mobile number; spaces and hyphens are dropped before checking. */
export const mobile = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/, "core.validation.mobile"));

export const email = z.string().trim().max(200).pipe(z.email("core.validation.email"));

export const optionalEmail = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => value || null)
  .pipe(z.email("core.validation.email").nullable());

/** A landline or mobile number as units publish them: digits, spaces, +, - and parentheses. */
export const optionalPhone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[\d\s()+-]*$/, "core.validation.phone")
  .optional()
  .transform((value) => value ?? "");

export const slug = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "core.validation.slug");

/** An HTML checkbox: present ("on") means true. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === "on" || value === "true");

/** A database id from a form field. */
export const id = z.coerce.number("core.validation.invalid").int().positive().max(2_147_483_647);

/** A calendar date (YYYY-MM-DD) as a UTC midnight Date, as @db.Date columns store it. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "core.validation.date")
  // Round-trip check: JavaScript would silently turn 2023-02-30 into 2 March.
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "core.validation.date")
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** Passwords: long enough, with letters and digits; bounded so hashing stays cheap. */
export const newPassword = z
  .string()
  .min(10, "core.validation.passwordWeak")
  .max(200)
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), "core.validation.passwordWeak");

/** Checkbox groups arrive absent, as one string or as several: always a list of strings. */
export function toIdList(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === "") return [];
  return Array.isArray(raw) ? raw : [raw];
}
