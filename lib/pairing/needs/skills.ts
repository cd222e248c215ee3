// Skills are typed as the admin thinks of them: "园艺, 搬运" or one per line. Stored as a list so
// the board can show them as tags; duplicates and blanks go, order stays.

export const maxSkills = 12;
export const maxSkillLength = 30;

/** The skills in a comma-, 、- or newline-separated text, trimmed and without repeats. */
export function parseSkills(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[,，、;；\n\r]+/)) {
    const skill = raw.trim();
    if (skill) seen.add(skill);
  }
  return [...seen];
}

/** The text the form shows for stored skills (one per line, as it accepts them). */
export function skillsText(skills: readonly string[]): string {
  return skills.join("\n");
}
