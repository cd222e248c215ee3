import { randomInt } from "node:crypto";

// Lower-case letters and digits without look-alikes (0/o, 1/l/i), so the password can be read
// out over the phone or copied from a screen without mistakes.
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
const groups = 3;
const groupLength = 4;

/**
 * A one-time password an admin hands to a user, e.g. "k7xp-3mzq-9hta": 12 random characters
 * (about 59 bits) in groups of four. It always holds a letter and a digit. The user must replace
 * it at the next sign-in (mustChangePassword).
 */
export function generateTemporaryPassword(): string {
  for (;;) {
    const chars = Array.from({ length: groups * groupLength }, () => alphabet[randomInt(alphabet.length)]);
    const candidate = chars.join("");
    if (!/[a-z]/.test(candidate) || !/\d/.test(candidate)) continue;
    return candidate.match(new RegExp(`.{${groupLength}}`, "g"))!.join("-");
  }
}
