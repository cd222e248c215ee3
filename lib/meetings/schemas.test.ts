import { describe, expect, it } from "vitest";
import { respondSchema, scheduleMeetingSchema } from "./schemas";

const valid = {
  kind: "JOINT",
  title: "第二次联席会议",
  startsAt: "2030-03-10T14:30",
  endsAt: "2030-03-10T16:30",
  place: "区委会议室",
  invite: ["1", "2"],
};

function issues(input: Record<string, unknown>) {
  const result = scheduleMeetingSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
}

describe("scheduleMeetingSchema", () => {
  it("reads the datetime-local values as Beijing time", () => {
    const parsed = scheduleMeetingSchema.parse(valid);
    expect(parsed.startsAt.toISOString()).toBe("2030-03-10T06:30:00.000Z");
    expect(parsed.invite).toEqual([1, 2]);
    expect(parsed.venueId).toBeNull();
    expect(parsed.isPublic).toBe(false);
  });

  it("accepts a single invited unit and a blank end", () => {
    const parsed = scheduleMeetingSchema.parse({ ...valid, invite: "7", endsAt: "" });
    expect(parsed.invite).toEqual([7]);
    expect(parsed.endsAt).toBeNull();
  });

  it("ties cross-field errors to their controls", () => {
    expect(issues({ ...valid, endsAt: "2030-03-10T14:00" })).toContain(
      "endsAt:meetings.meeting.errors.endBeforeStart",
    );
    expect(issues({ ...valid, place: "" })).toContain("place:meetings.meeting.errors.placeRequired");
    expect(issues({ ...valid, invite: undefined })).toContain(
      "invite:meetings.meeting.errors.inviteRequired",
    );
    expect(issues({ ...valid, onlineUrl: "javascript:alert(1)" })).toContain(
      "onlineUrl:meetings.meeting.errors.onlineUrl",
    );
    expect(issues({ ...valid, startsAt: "2030-02-30T10:00" })).toContain(
      "startsAt:meetings.meeting.errors.dateTime",
    );
  });

  it("takes a venue or an online link as the place", () => {
    expect(issues({ ...valid, place: "", venueId: "4" })).toEqual([]);
    expect(issues({ ...valid, place: "", onlineUrl: "https://meeting.example.org/1" })).toEqual([]);
  });
});

describe("respondSchema", () => {
  it("requires a delegate's name and an excuse's reason", () => {
    const delegate = respondSchema.safeParse({ meetingId: "1", response: "DELEGATE", delegateName: " " });
    expect(delegate.success).toBe(false);
    expect(delegate.error?.issues[0]).toMatchObject({
      path: ["delegateName"],
      message: "meetings.meeting.errors.delegateRequired",
    });
    const excused = respondSchema.safeParse({ meetingId: "1", response: "EXCUSED" });
    expect(excused.error?.issues[0]).toMatchObject({
      path: ["excuseReason"],
      message: "meetings.meeting.errors.reasonRequired",
    });
    expect(respondSchema.safeParse({ meetingId: "1", response: "ATTEND" }).success).toBe(true);
    expect(respondSchema.safeParse({ meetingId: "1", response: "PENDING" }).success).toBe(false);
  });
});
