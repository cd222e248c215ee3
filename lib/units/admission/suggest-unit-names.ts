// Suggestions the admin sees prefilled on the approve form; they confirm or change them.

const orgSuffixes = ["团总支", "团支部", "团委"];

/** The organisation's name without its league-organisation suffix, within 40 characters. */
export function suggestShortName(orgName: string): string {
  const name = orgName.trim();
  const suffix = orgSuffixes.find((candidate) => name.endsWith(candidate) && name.length > candidate.length);
  return (suffix ? name.slice(0, -suffix.length) : name).trim().slice(0, 40);
}

/**
 * A URL slug (also the secretary's login): the Latin words of the name when there are some,
 * else "unit-" and the reference's code, which is unique already.
 */
export function suggestSlug(orgName: string, reference: string): string {
  const words = orgName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  const latin = (words ?? []).join("-").slice(0, 50).replace(/-+$/, "");
  if (/[a-z]/.test(latin) && latin.length >= 3) return latin;
  return `unit-${reference.split("-").pop()!.toLowerCase()}`;
}
