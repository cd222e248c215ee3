import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, singleLine } from "./ics";

describe("iCalendar writer", () => {
  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("escapes every form of line break, so user text cannot start a property", () => {
    for (const br of ["\r\n", "\r", "\n", "\u2028", "\u2029", "\u0085"]) {
      expect(escapeText(`会议${br}ATTENDEE:mailto:evil@example.org`), JSON.stringify(br)).toBe(
        "会议\\nATTENDEE:mailto:evil@example.org",
      );
    }
  });

  it("drops other control characters and keeps tabs", () => {
    expect(escapeText("a\u0000b\u0007c\u000bd\u000ce\u001bf\u007fg\u009bh\ti")).toBe("abcdefgh\ti");
    expect(singleLine("uid-1@x\r\nSUMMARY:x\u2028y\u0000")).toBe("uid-1@x SUMMARY:x y");
  });

  it("writes hostile titles, descriptions and places as one property each", () => {
    const hostile = "标题\rEND:VEVENT\nBEGIN:VEVENT\u2028SUMMARY:假\u2029DTSTART:19700101\u0085X";
    const text = buildCalendar(
      hostile,
      [
        {
          uid: "a1@x\r\nX-EVIL:1",
          title: hostile,
          description: hostile,
          location: hostile,
          url: "http://x/activities/1\nX-EVIL:2",
          date: new Date("2023-03-10T00:00:00Z"),
        },
      ],
      new Date("2023-01-01T00:00:00Z"),
    );
    const unfolded = text.replace(/\r\n /g, "");
    const lines = unfolded.split("\r\n");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.filter((line) => line === "END:VEVENT")).toHaveLength(1);
    expect(lines.some((line) => /^(X-EVIL|DTSTART:1970|SUMMARY:假)/.test(line))).toBe(false);
    expect(unfolded).not.toMatch(/[\u0085\u2028\u2029]|\r(?!\n)|(?<!\r)\n/);
    expect(lines).toContain("SUMMARY:标题\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:假\\nDTSTART:19700101\\nX");
  });

  it("folds long lines at 75 octets without splitting Chinese characters", () => {
    const line = `SUMMARY:${"润州青年公益林植树活动".repeat(5)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n"))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("writes all-day events that end the next day and timed events in UTC", () => {
    const text = buildCalendar(
      "Plan",
      [
        {
          uid: "a1@x",
          title: "Tree planting",
          date: new Date("2023-03-10T00:00:00Z"),
          url: "http://x/activities/1",
        },
        {
          uid: "m1@x",
          title: "Meeting",
          start: new Date("2023-02-21T01:30:00Z"),
          end: new Date("2023-02-21T03:00:00Z"),
        },
      ],
      new Date("2023-01-01T00:00:00Z"),
    );
    expect(text).toContain("DTSTART;VALUE=DATE:20230310\r\nDTEND;VALUE=DATE:20230311");
    expect(text).toContain("DTSTART:20230221T013000Z\r\nDTEND:20230221T030000Z");
    expect(text).toContain("URL:http://x/activities/1");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});
