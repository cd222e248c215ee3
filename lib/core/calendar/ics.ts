// A small RFC 5545 writer for the portal's feeds (.ics): the committee's events are either
// all-day activities of the annual list or timed meetings and bookings.
import { beijingTimeZone } from "@/lib/core/time/beijing";

export type CalendarEvent = {
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  /** All-day: a calendar date (UTC midnight, as @db.Date stores it), ending the same day. */
  date?: Date;
  /** Timed: start and end instants. */
  start?: Date;
  end?: Date;
  updatedAt?: Date;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
};

const pad = (n: number) => String(n).padStart(2, "0");

function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

function formatInstant(date: Date): string {
  return `${formatDate(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

// Every way a reader might break a line: CRLF, CR and LF alone, NEL, and the Unicode line and
// paragraph separators. Any of them left raw would end the property and start one the user wrote.
const lineBreak = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// Other control characters are not allowed in a value at all (RFC 5545 3.1: CONTROL); tab is.
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Escapes TEXT values (RFC 5545 3.3.11): every line break becomes `\n`, controls are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(lineBreak, "\n")
    .replace(control, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** A value that is not TEXT (UID, URL): one line, no control characters, nothing to escape. */
export function singleLine(value: string): string {
  return value.replace(lineBreak, " ").replace(control, "");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${singleLine(event.uid)}`,
    `DTSTAMP:${formatInstant(event.updatedAt ?? now)}`,
  ];
  if (event.start) {
    lines.push(`DTSTART:${formatInstant(event.start)}`);
    if (event.end) lines.push(`DTEND:${formatInstant(event.end)}`);
  } else if (event.date) {
    const next = new Date(event.date.getTime() + 24 * 60 * 60 * 1000);
    lines.push(`DTSTART;VALUE=DATE:${formatDate(event.date)}`, `DTEND;VALUE=DATE:${formatDate(next)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${singleLine(event.url)}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push("END:VEVENT");
  return lines;
}

/** A whole VCALENDAR with CRLF line endings, ready to serve as text/calendar. */
export function buildCalendar(name: string, events: CalendarEvent[], now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Runzhou Youth Work Committee//Portal//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${beijingTimeZone}`,
    ...events.flatMap((event) => eventLines(event, now)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
