// Joint meetings (联席会议): the founding plenary, a mid-2023 joint meeting, and one upcoming
// joint meeting about two weeks after the seed date (kept inside the current year).
import type { MeetingSeed } from "./types";
import { cst } from "./types";

export function meetings(now: Date): MeetingSeed[] {
  const year = now.getFullYear();
  const soon = new Date(now.getTime() + 14 * 86_400_000);
  let upcoming =
    soon.getFullYear() === year
      ? cst(year, soon.getMonth() + 1, soon.getDate(), 14, 30)
      : cst(year, 12, 31, 14, 30);
  if (upcoming <= now) upcoming = new Date(now.getTime() + 3_600_000); // seeding on 31 December

  return [
    {
      kind: "PLENARY",
      title: "润州区青年工作委员会第一次全体会议",
      startsAt: cst(2023, 2, 21, 9, 0),
      endsAt: cst(2023, 2, 21, 11, 30),
      place: "润州区机关会议中心",
      isPublic: true,
      status: "HELD",
    },
    {
      kind: "JOINT",
      title: "润州区青年工作委员会2023年年中联席会议",
      startsAt: cst(2023, 7, 6, 14, 30),
      endsAt: cst(2023, 7, 6, 16, 30),
      place: "瑞祥科技青年之家会议室",
      host: "ruixiang-tech",
      isPublic: false,
      status: "HELD",
    },
    {
      kind: "JOINT",
      title: `润州区青年工作委员会${year}年联席会议`,
      startsAt: upcoming,
      endsAt: new Date(upcoming.getTime() + 2 * 3_600_000),
      place: "镇江移动会议室",
      onlineUrl: "https://meeting.example.org/runzhou-youth",
      host: "china-mobile-zhenjiang",
      isPublic: false,
      status: "SCHEDULED",
    },
  ];
}
