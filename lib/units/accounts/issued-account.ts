import { hashPassword } from "@/lib/core/auth/password";
import { generateTemporaryPassword } from "./temporary-password";

/** What the admin sees once after creating an account or resetting a password. */
export type IssuedPassword = { userId: number; login: string; temporaryPassword: string };

/**
 * A fresh temporary password and its hash. Hashing is slow on purpose, so it happens before
 * the transaction opens; the clear text goes back to the admin once and is never stored.
 */
export async function issueTemporaryPassword() {
  const temporaryPassword = generateTemporaryPassword();
  return { temporaryPassword, passwordHash: await hashPassword(temporaryPassword) };
}
