import { hasControlCharacters } from "@/lib/core/forms/fields";

// The admin list's ?q=: anything odd (repeated, too long, control characters) means "no
// search" rather than an error page.

export const maxSearchLength = 60;

export function parseCommunitySearch(value: string | string[] | undefined): string {
  if (typeof value !== "string") return "";
  const q = value.trim();
  return q.length > maxSearchLength || hasControlCharacters(q) ? "" : q;
}
