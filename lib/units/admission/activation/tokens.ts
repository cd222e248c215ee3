import { createHash, randomBytes } from "node:crypto";

/** Activation links stay valid for a week. */
export const activationTokenLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** A new one-time token for a link: 32 random bytes, URL-safe. Only its hash is stored. */
export function createRawToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token: sha256, lower-case hex (64 characters). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens as they appear in links; anything else is refused before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** The link an account holder opens to choose a password. */
export function activationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/activate/${token}`;
}
