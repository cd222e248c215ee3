import { randomInt } from "node:crypto";
import { beijingYearMonth } from "@/lib/core/time/beijing";

/** Letters and digits that cannot be confused when read aloud or typed: no 0/O, 1/I/L. */
export const referenceAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const referencePattern = /^RZ\d{2}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/** A new application reference such as RZ26-7K3QX9: the Beijing year, then 6 random characters. */
export function generateReference(now: Date = new Date()): string {
  const year = String(beijingYearMonth(now).year % 100).padStart(2, "0");
  let code = "";
  // randomInt is uniform (no modulo bias) and cryptographically strong.
  for (let i = 0; i < 6; i++) code += referenceAlphabet[randomInt(referenceAlphabet.length)];
  return `RZ${year}-${code}`;
}

/** What an applicant typed, in the stored form (upper case, no spaces); null when it cannot be one. */
export function normaliseReference(input: string): string | null {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  return referencePattern.test(compact) ? compact : null;
}
