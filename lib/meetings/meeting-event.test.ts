import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/core/calendar/ics";
import { meetingEvent, meetingUid, type MeetingForEvent } from "./meeting-event";

const meeting: MeetingForEvent = {
  id: 12,
  title: "第二次联席会议",
  status: "SCHEDULED",
  startsAt: new Date("2030-03-10T06:30:00Z"),
  endsAt: null,
  place: "3楼会议室",
  onlineUrl: "https://meeting.example.org/123",
  cancelReason: "",
  updatedAt: new Date("2030-03-01T00:00:00Z"),
  venue: { name: "移动报告厅", address: "润州路1号" },
};
const labels = { details: "详情", online: "线上", cancelled: "已取消" };

describe("meetingEvent", () => {
  it("describes the meeting with a stable UID and a link back to its page", () => {
    const event = meetingEvent(meeting, "https://x.org/meetings/12", labels, true);
    expect(event.uid).toBe(meetingUid(12));
    expect(event.end?.toISOString()).toBe("2030-03-10T08:30:00.000Z");
    expect(event.location).toBe("移动报告厅, 润州路1号, 3楼会议室");
    expect(event.description).toContain("详情: https://x.org/meetings/12");
    expect(event.description).toContain("https://meeting.example.org/123");
    expect(event.status).toBe("CONFIRMED");
  });

  it("leaves the online link out for visitors and marks cancelled meetings", () => {
    const event = meetingEvent({ ...meeting, status: "CANCELLED", cancelReason: "改期" }, "u", labels, false);
    expect(event.description).not.toContain("meeting.example.org");
    expect(event.description).toContain("已取消: 改期");
    const text = buildCalendar("会议", [event]);
    expect(text).toContain("STATUS:CANCELLED");
    expect(text).toContain("DTSTART:20300310T063000Z");
  });
});
