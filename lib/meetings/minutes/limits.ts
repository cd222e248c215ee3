/** The stored minutes are bounded by a CHECK in the database; the form and the action say it first. */
export const maxMinutesLength = 200_000;
/** An erratum is a short correction, not a second set of minutes. */
export const maxErratumLength = 20_000;

/**
 * How far over the limit a text is (0 when it fits). The editor checks this before sending, so
 * a giant paste never reaches the request size cap and stays in the textarea to be trimmed.
 */
export function excessLength(text: string, max: number = maxMinutesLength): number {
  return Math.max(0, text.length - max);
}
