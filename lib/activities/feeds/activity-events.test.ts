import { describe, expect, it } from "vitest";
import {
  activityEvents,
  activityPlace,
  activityUid,
  type FeedActivity,
  type FeedLabels,
} from "./activity-events";

const labels: FeedLabels = {
  type: "类型",
  lead: "牵头单位",
  place: "地点",
  unclaimed: "待认领",
  typeNames: {
    READING_CLUB: "读书会",
    SOCIAL_EXCHANGE: "交流联谊",
    ENTREPRENEURSHIP_SALON: "创业沙龙",
    VOLUNTEER_SERVICE: "志愿服务",
    CULTURE_SPORTS: "文体活动",
    TREE_PLANTING: "植树造林",
    OTHER: "其他",
  },
};

const activity: FeedActivity = {
  id: 7,
  title: "植树",
  type: "TREE_PLANTING",
  plannedDate: new Date(Date.UTC(2026, 2, 10)),
  place: "公益林",
  status: "CLAIMED",
  updatedAt: new Date(Date.UTC(2026, 0, 1)),
  venue: { name: "公益林" },
  community: { name: "朝阳社区" },
  leadUnit: { name: "中国邮政" },
};

describe("activityEvents", () => {
  it("makes an all-day event with a stable UID, a link and a description", () => {
    const [event] = activityEvents([activity], "https://x.org/", labels);
    expect(event).toMatchObject({
      uid: activityUid(7),
      url: "https://x.org/activities/7",
      date: activity.plannedDate,
      status: "CONFIRMED",
      location: "公益林 · 朝阳社区",
    });
    expect(event?.description).toBe("类型：植树造林\n牵头单位：中国邮政\n地点：公益林 · 朝阳社区");
  });

  it("skips undated activities and marks cancelled ones", () => {
    const events = activityEvents(
      [
        { ...activity, plannedDate: null },
        { ...activity, id: 8, status: "CANCELLED", leadUnit: null },
      ],
      "https://x.org",
      labels,
    );
    expect(events.map((event) => [event.uid, event.status])).toEqual([[activityUid(8), "CANCELLED"]]);
    expect(events[0]?.description).toContain("待认领");
  });

  it("leaves out an empty place", () => {
    expect(activityPlace({ venue: null, community: null, place: "  " })).toBe("");
  });
});
