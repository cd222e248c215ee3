import { z } from "zod";
import { plainKey } from "@/lib/core/forms/fields";

/** Sign-in input; limits keep absurd payloads away from the database and the hasher. */
export const signInSchema = z.object({
  identifier: plainKey(1, 60),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

const mobilePattern = /^1\d{10}$/;

/** A mobile number signs in by mobile, anything else by login name (stored lower-case). */
export function identifierLookup(identifier: string): { mobile: string } | { login: string } {
  const compact = identifier.replace(/[\s-]/g, "");
  return mobilePattern.test(compact) ? { mobile: compact } : { login: identifier.toLowerCase() };
}
