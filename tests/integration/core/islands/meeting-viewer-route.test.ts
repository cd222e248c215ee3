// GET /api/meetings/<id>/viewer: the cached meeting page's island. Visitors get the public view
// of a public meeting and nothing of a members-only one; members their own view (the online
// link, their unit's answer, members-only minutes), admins the manage link; unknown ids 404.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/meetings/[id]/viewer/route";
import { db } from "@/lib/core/db";
import type { MeetingPageView } from "@/lib/meetings/page-view";
import { loadPublicMeetingPage } from "@/lib/meetings/viewer";
import { createMinutesVersion } from "@/tests/factories/meetings";
import { createMinutesSetting } from "@/tests/factories/minutes";
import { actAs } from "@/tests/integration/helpers/session";

type Answer = { signedIn?: boolean; view?: MeetingPageView | null };

async function ask(id: number | string) {
  const response = await GET(new Request(`http://localhost/api/meetings/${id}/viewer`), {
    params: Promise.resolve({ id: String(id) }),
  });
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return { status: response.status, body: (await response.json()) as Answer };
}

/** Minutes published for members only, with the host secretary as author. */
async function publishForMembers(meetingId: number, authorId: number) {
  await createMinutesVersion(meetingId, authorId, "会议纪要：仅成员可见");
  await db.meetingMinutes.update({
    where: { meetingId },
    data: { status: "PUBLISHED", visibility: "MEMBERS", publishedAt: new Date() },
  });
}

describe("GET /api/meetings/<id>/viewer", () => {
  it("gives a visitor a public meeting's public view: no link, no answer form, no members' minutes", async () => {
    const setting = await createMinutesSetting({ isPublic: true, onlineUrl: "https://meet.example/abc" });
    await publishForMembers(setting.meeting.id, setting.hostSecretary.id);
    actAs(null);
    const { status, body } = await ask(setting.meeting.id);
    expect(status).toBe(200);
    expect(body.signedIn).toBe(false);
    expect(body.view).toMatchObject({ admin: false, rsvp: null, minutes: null, decisions: null });
    expect(body.view!.detail.online).toEqual({ url: null });
    expect(JSON.stringify(body)).not.toContain("仅成员可见");
    // The cached page renders the very same view.
    expect((await loadPublicMeetingPage(String(setting.meeting.id)))!.view).toEqual(body.view);
  });

  it("gives a visitor nothing of a members-only meeting, and the cached page neither", async () => {
    const { meeting } = await createMinutesSetting({ isPublic: false });
    actAs(null);
    expect(await ask(meeting.id)).toEqual({ status: 200, body: { signedIn: false, view: null } });
    expect(await loadPublicMeetingPage(String(meeting.id))).toEqual({ id: meeting.id, view: null });
  });

  it("gives an invited secretary the link, the unit's open answer and members-only minutes", async () => {
    const setting = await createMinutesSetting({
      isPublic: false,
      onlineUrl: "https://meet.example/abc",
      startsInHours: 48,
      status: "SCHEDULED",
    });
    await publishForMembers(setting.meeting.id, setting.hostSecretary.id);
    actAs(setting.guestSecretary);
    const view = (await ask(setting.meeting.id)).body.view!;
    expect(view.meeting.title).toBe(setting.meeting.title);
    expect(view.detail.online).toEqual({ url: "https://meet.example/abc" });
    expect(view.rsvp).toEqual({ response: "PENDING", delegateName: "", excuseReason: "", open: true });
    expect(view.minutes).toMatchObject({ writer: null, published: { body: "会议纪要：仅成员可见" } });
    expect(view.decisions).toBeNull();
    expect(view.admin).toBe(false);
  });

  it("gives the host secretary the writer's state and the decisions link, an admin the manage link", async () => {
    const setting = await createMinutesSetting({ isPublic: true });
    actAs(setting.hostSecretary);
    const host = (await ask(setting.meeting.id)).body.view!;
    expect(host.minutes?.writer).toMatchObject({ status: "DRAFT", currentVersion: 0, links: true });
    expect(host.decisions).toEqual({ link: "manage", items: [] });
    // Started two days ago: every invited unit's row for the signed-in.
    expect(host.attendance?.rows).toHaveLength(2);
    actAs(setting.admin);
    expect((await ask(setting.meeting.id)).body.view).toMatchObject({ admin: true, rsvp: null });
  });

  it("answers 404 for an unknown and a malformed id", async () => {
    actAs(null);
    expect((await ask(2_000_000_000)).status).toBe(404);
    expect((await ask("abc")).status).toBe(404);
    expect(await loadPublicMeetingPage("abc")).toBeNull();
  });
});
