import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "./ics";

describe("iCalendar writer", () => {
  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
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
