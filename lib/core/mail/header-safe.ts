// Mail header values built from user text (subjects with activity titles, recipients' names)
// and from the operator's MAIL_FROM: one line each, so nobody can add a header (Bcc:, a second
// To:) or a body by putting a line break into a title or a name. Addresses must be one plain
// address: a comma or angle bracket would let one field name several recipients.

export type Mailbox = { name: string; address: string };

// Line breaks in every form a mail library or server might honour, and all other controls.
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// Bidirectional overrides would let a name display as something else.
const bidi = /[\u202a-\u202e\u2066-\u2069]/g;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Header text on one line: controls become spaces, runs of blanks one space, at most `max` characters. */
export function headerText(value: string, max = 250): string {
  const line = value
    .replace(controls, " ")
    .replace(bidi, "")
    .replace(loneSurrogate, "\ufffd")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(line).slice(0, max).join("");
}

/** A display name: header text without the quotes and brackets that would end it early. */
export function displayName(value: string): string {
  return headerText(value.replace(/["\\<>]/g, " "), 100);
}

const plainAddress = /^[^\s@",;:<>()[\]\\]+@[^\s@",;:<>()[\]\\]+$/u;

/** The address when it is exactly one plain address (`local@domain.tld`), else null. */
export function mailAddress(value: string): string | null {
  const address = value.trim();
  if (address.length > 254 || /[\p{Cc}\u2028\u2029]/u.test(address)) return null;
  return plainAddress.test(address) ? address : null;
}

/** `Name <address>` or a bare address, as MAIL_FROM holds it; null when not one safe mailbox. */
export function parseMailbox(value: string): Mailbox | null {
  const named = /^([^<>]*)<([^<>]*)>\s*$/s.exec(value.trim());
  const address = mailAddress(named ? named[2]! : value);
  if (!address) return null;
  return { name: named ? displayName(named[1]!.trim().replace(/^"(.*)"$/s, "$1")) : "", address };
}

/** A mailbox as one header value (for logs and the in-memory outbox). */
export function formatMailbox({ name, address }: Mailbox): string {
  return name ? `"${name}" <${address}>` : address;
}

export type SafeHeaders = { from: Mailbox; to: Mailbox; subject: string };

/**
 * The headers of one message, each safe to hand to nodemailer, or null when the recipient is
 * not one plain address (such a message is not sent). A bad MAIL_FROM falls back to `fallbackFrom`.
 */
export function safeHeaders(
  message: { to: string; toName?: string; subject: string },
  from: string,
  fallbackFrom: Mailbox,
): SafeHeaders | null {
  const address = mailAddress(message.to);
  if (!address) return null;
  return {
    from: parseMailbox(from) ?? fallbackFrom,
    to: { name: displayName(message.toName ?? ""), address },
    subject: headerText(message.subject),
  };
}
