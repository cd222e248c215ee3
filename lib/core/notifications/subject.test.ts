import { describe, expect, it } from "vitest";
import { notificationPath } from "./subject";

const none = { activityId: null, meetingId: null };

describe("notificationPath", () => {
  it("opens the public activity page, or the lead's own page for the unit that leads it", () => {
    const joined = { ...none, kind: "ACTIVITY_JOINED" as const, activityId: 12 };
    expect(notificationPath(joined)).toBe("/activities/12");
    expect(notificationPath(joined, true)).toBe("/my/activities/12");
  });

  it("opens the report form for a fix request to the lead", () => {
    const fix = { ...none, kind: "REPORT_NEEDS_FIX" as const, activityId: 5 };
    expect(notificationPath(fix, true)).toBe("/my/activities/5/report");
    expect(notificationPath(fix, false)).toBe("/activities/5");
  });

  it("opens the meeting, its minutes or its decisions", () => {
    expect(notificationPath({ ...none, kind: "MEETING_INVITED", meetingId: 3 })).toBe("/meetings/3");
    expect(notificationPath({ ...none, kind: "MINUTES_PUBLISHED", meetingId: 3 })).toBe(
      "/meetings/3/minutes",
    );
    expect(notificationPath({ ...none, kind: "DECISION_ASSIGNED", meetingId: 3 })).toBe(
      "/meetings/3/decisions",
    );
  });

  it("opens the unit's rotation and bookings pages, which carry no id", () => {
    expect(notificationPath({ ...none, kind: "ROTATION_SWAP_REQUESTED" })).toBe("/my/rotation");
    expect(notificationPath({ ...none, kind: "BOOKING_REQUESTED" })).toBe("/my/bookings");
    expect(notificationPath({ ...none, kind: "COMMITMENT_RETURNED" })).toBe("/my/commitments");
  });

  it("opens the pairing, the need or the unit's survey answer the message is about", () => {
    expect(notificationPath({ ...none, kind: "PAIRING_APPROVED", pairingId: 4 })).toBe("/pairings/4");
    expect(notificationPath({ ...none, kind: "NEED_OFFER_ACCEPTED", needId: 9 })).toBe("/needs/9");
    expect(notificationPath({ ...none, kind: "SURVEY_REMINDER", surveyId: 2 })).toBe("/my/surveys/2");
  });

  it("falls back to the unit's list when a pairing or survey is gone, and to nothing for a need", () => {
    expect(notificationPath({ ...none, kind: "PAIRING_CHANGED", pairingId: null })).toBe("/my/pairings");
    // A declined proposal is never public: the unit's list shows it with the reason.
    expect(notificationPath({ ...none, kind: "PAIRING_DECLINED", pairingId: 4 })).toBe("/my/pairings");
    expect(notificationPath({ ...none, kind: "SURVEY_SENT" })).toBe("/my/surveys");
    expect(notificationPath({ ...none, kind: "NEED_OFFER_DECLINED", needId: null })).toBeNull();
  });

  it("has nowhere to go when the subject was deleted", () => {
    expect(notificationPath({ ...none, kind: "ACTIVITY_CANCELLED" })).toBeNull();
  });
});
