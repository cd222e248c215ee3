import { createHmac, timingSafeEqual } from "node:crypto";
import { checkinPeriodMs } from "./period";

// The check-in QR code (at an activity or a meeting) shows a short code that changes every
// minute, derived from a secret that only the server knows, so a photo of yesterday's code (or
// another activity's or meeting's) is useless.
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // no 0/O, 1/I/L
export { checkinPeriodMs };

function codeFor(secret: string, subject: string, period: number): string {
  const digest = createHmac("sha256", secret).update(`${subject}:${period}`).digest();
  return Array.from(digest.subarray(0, 6), (byte) => alphabet[byte % alphabet.length]).join("");
}

/** The code to display now for `subject` (e.g. "activity:42"). */
export function currentCheckinCode(secret: string, subject: string, now = Date.now()): string {
  return codeFor(secret, subject, Math.floor(now / checkinPeriodMs));
}

/**
 * Accepts the current code and the previous one, so a code scanned just before it changes
 * still works; anything older, or for another subject, is refused.
 */
export function isValidCheckinCode(secret: string, subject: string, code: string, now = Date.now()): boolean {
  const period = Math.floor(now / checkinPeriodMs);
  const given = Buffer.from(code.trim().toUpperCase());
  return [period, period - 1].some((p) => {
    const expected = Buffer.from(codeFor(secret, subject, p));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
