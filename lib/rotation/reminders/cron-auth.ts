import { createHash, timingSafeEqual } from "node:crypto";

// Who may trigger the hourly reminder run from outside: whoever holds CRON_SECRET. Without a
// configured secret the route does not exist (404), so an unconfigured server exposes nothing.

export type CronAuth = "disabled" | "unauthorized" | "ok";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Checks `Authorization: Bearer <secret>` against the configured secret in constant time. */
export function checkCronAuthorization(header: string | null, secret: string | undefined): CronAuth {
  const expected = secret?.trim() ?? "";
  if (expected === "") return "disabled";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match) return "unauthorized";
  // Hashing first gives equal lengths, so the comparison leaks nothing about the secret.
  return timingSafeEqual(digest(match[1]!), digest(expected)) ? "ok" : "unauthorized";
}
