// The current year's published list and next year's draft. Everything is dated relative to
// the year the seed runs in, and statuses follow the seed date, so the demo stays sensible.
import { CLAIMED, UNCLAIMED } from "./activities-current-items";
import { activity, calendarDate, cst, type ActivitySeed } from "./types";

/** Status of a claimed item as of `now`: finished in past months, taking sign-ups around now. */
function claimedStatus(item: ActivitySeed, index: number, now: Date): ActivitySeed["status"] {
  const month = now.getMonth() + 1;
  if (item.month < month) return item.month === month - 1 || index % 4 === 0 ? "DONE" : "REPORTED";
  if (item.month > month) return item.month === month + 1 && index % 2 === 0 ? "OPEN" : "CLAIMED";
  if (item.day === undefined) return "OPEN";
  const today = calendarDate(now.getFullYear(), month, now.getDate()).getTime();
  const days = (calendarDate(now.getFullYear(), item.month, item.day).getTime() - today) / 86_400_000;
  if (days < 0) return "DONE";
  return days < 3 ? "CLOSED" : "OPEN"; // sign-up closes a few days before the date
}

export function currentPlan(now: Date) {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const scheduledPublish = cst(year, 1, 20, 10);
  const claimed = CLAIMED.map((item, i) => ({ ...item, status: claimedStatus(item, i, now) }));
  // Unclaimed items stay claimable: an item planned for a past month moves to this or next month.
  const unclaimed = UNCLAIMED.map((item, i) => ({
    ...item,
    month: item.month >= month ? item.month : Math.min(12, month + (i % 2)),
    status: "PLANNED" as const,
  }));
  const activities: ActivitySeed[] = [...claimed, ...unclaimed];
  return {
    year,
    title: `${year}年度润州青年工作委员会活动清单`,
    publishedAt: scheduledPublish < now ? scheduledPublish : now,
    activities,
  };
}

export function nextYearDraft(now: Date) {
  const year = now.getFullYear() + 1;
  const activities: ActivitySeed[] = [
    activity(
      [null, 1, null, "PLANNED"],
      ["READING_CLUB", "STUDY_EXCHANGE", "新春青年读书会"],
      { channel: "HYBRID" },
      "草案：新年第一场读书会。",
    ),
    activity(
      [null, 3, null, "PLANNED"],
      ["TREE_PLANTING", "LIVELIHOOD", "润州青年公益林养护"],
      { reach: "CHAIN", place: "南山街道润州青年公益林", community: "南山街道" },
      "草案：公益林补植和长期养护。",
    ),
    activity(
      [null, 5, null, "PLANNED"],
      ["CULTURE_SPORTS", "CULTURE_SPORTS", "“五四”青年运动会"],
      { reach: "CHAIN", capacity: 200 },
      "草案：成员单位青年趣味运动会。",
    ),
  ];
  return { year, title: `${year}年度润州青年工作委员会活动清单（草案）`, activities };
}
