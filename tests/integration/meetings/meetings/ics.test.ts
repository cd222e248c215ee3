// The .ics invitation: one event linking back to the meeting; public meetings for anyone, the
// others only for signed-in members; the online link only for members.
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/(public)/meetings/[id]/invite.ics/route";
import { listMeetings } from "@/lib/meetings/queries";
import { meetingUid } from "@/lib/meetings/meeting-event";
import { createMeeting } from "@/tests/factories/meetings";
import { createInvitedUnit } from "@/tests/factories/meeting-scheduling";
import { actAs } from "@/tests/integration/helpers/session";

const savedUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = savedUrl;
  actAs(null);
});

function fetchIcs(id: number | string) {
  return GET(new Request(`http://internal:3000/meetings/${id}/invite.ics`), {
    params: Promise.resolve({ id: String(id) }),
  });
}

function events(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar.getAllSubcomponents("vevent");
}

describe("invite.ics", () => {
  it("serves a public meeting to anyone, one event with a stable UID and a link back", async () => {
    process.env.NEXTAUTH_URL = "https://portal.example.org/some/path";
    const meeting = await createMeeting({ isPublic: true, onlineUrl: "https://meet.example.org/secret" });
    const response = await fetchIcs(meeting.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const [vevent] = events(await response.text());
    expect(vevent).toBeDefined();
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(meetingUid(meeting.id));
    expect(event.summary).toBe(meeting.title);
    expect(event.location).toContain("测试会议室");
    expect(event.description).toContain(`https://portal.example.org/meetings/${meeting.id}`);
    expect(event.description).not.toContain("meet.example.org");
    expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(meeting.startsAt.getTime() / 1000) * 1000);
    expect(String(vevent!.getFirstPropertyValue("status"))).toBe("CONFIRMED");
  });

  it("hides members' meetings from visitors (404) and serves them, with the online link, to members", async () => {
    delete process.env.NEXTAUTH_URL;
    const meeting = await createMeeting({ onlineUrl: "https://meet.example.org/room" });
    expect((await fetchIcs(meeting.id)).status).toBe(404);
    const { user } = await createInvitedUnit();
    actAs(user);
    const response = await fetchIcs(meeting.id);
    expect(response.status).toBe(200);
    const event = new ICAL.Event(events(await response.text())[0]);
    // Without a configured origin the link is on localhost, never on the request's host.
    expect(event.description).toMatch(new RegExp(`http://localhost:\\d+/meetings/${meeting.id}`));
    expect(event.description).not.toContain("internal:3000");
    expect(event.description).toContain("https://meet.example.org/room");
  });

  it("marks a cancelled meeting CANCELLED, and is 404 for unknown or malformed ids", async () => {
    const meeting = await createMeeting({ isPublic: true, status: "CANCELLED", cancelReason: "改期" });
    const body = await (await fetchIcs(meeting.id)).text();
    expect(String(events(body)[0]!.getFirstPropertyValue("status"))).toBe("CANCELLED");
    expect((await fetchIcs(99_999_999)).status).toBe(404);
    expect((await fetchIcs("abc")).status).toBe(404);
  });
});

describe("listMeetings", () => {
  it("gives visitors only public meetings and members all, upcoming soonest first", async () => {
    const open = await createMeeting({ isPublic: true, startsInHours: 10 });
    const members = await createMeeting({ startsInHours: 5 });
    const past = await createMeeting({ isPublic: true, startsInHours: -48 });
    const visitor = await listMeetings(false);
    const ids = (rows: Array<{ id: number }>) => rows.map((row) => row.id);
    expect(ids(visitor.upcoming)).toContain(open.id);
    expect(ids(visitor.upcoming)).not.toContain(members.id);
    expect(ids(visitor.past)).toContain(past.id);
    const member = await listMeetings(true);
    const upcoming = ids(member.upcoming);
    expect(upcoming.indexOf(members.id)).toBeLessThan(upcoming.indexOf(open.id));
  });
});
