import type { APIRequestContext } from "@playwright/test";

/** A calendar feed's text with its folded lines joined again (RFC 5545 folds at 75 octets). */
export async function feedText(request: APIRequestContext, path: string): Promise<string> {
  return (await (await request.get(path)).text()).replace(/\r\n[ \t]/g, "");
}

/** The event of a feed's text whose title is `title`, or "" when the feed has none. */
export function feedEvent(ics: string, title: string): string {
  return (
    ics
      .split("BEGIN:VEVENT")
      .slice(1)
      .find((event) => event.includes(`SUMMARY:${title}\r\n`)) ?? ""
  );
}
