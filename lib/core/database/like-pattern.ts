/**
 * Escapes LIKE wildcards so a search for "100%" or "a_b" matches literally: Prisma's `contains`
 * becomes (I)LIKE in Postgres and passes `%`, `_` and backslashes through unescaped.
 */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
