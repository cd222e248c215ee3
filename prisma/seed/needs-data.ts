import { calendarDate, cst } from "./types";

// The demo needs board's data (seeded by needs.ts): the committee's own story, see there.

/** Map points of the named units (their addresses in units.ts), for "距你单位 x km". */
export const UNIT_POINTS: Record<string, [string, string]> = {
  "huadian-jurong": ["32.176300", "119.236500"],
  "china-post-zhenjiang": ["32.205800", "119.440200"],
  "china-mobile-zhenjiang": ["32.204512", "119.423876"],
  "ruixiang-tech": ["32.188600", "119.408900"],
  "nankunlun-law": ["32.217300", "119.452600"],
  "chaoyang-community": ["32.191264", "119.432718"],
};

export type OfferSeed = {
  unit: string;
  headcount: number;
  availability: string;
  note?: string;
  accepted?: boolean;
};

export type NeedSeed = {
  community: string;
  title: string;
  description: string;
  address?: string;
  point?: [string, string];
  dates?: [Date, Date];
  volunteersWanted: number;
  skills: string[];
  size?: [number, string];
  /** When it was posted: days before the seed runs, or a date of the story. */
  posted: number | Date;
  status: "OPEN" | "MATCHED" | "CLOSED";
  /** The seeded list item it became, found by year (given the current one), type and place. */
  activity?: (currentYear: number) => { year: number; place?: string; type: "TREE_PLANTING" };
  outcome?: string;
  closedAt?: Date;
  offers: OfferSeed[];
};

/** The summer after `now` (this year's if it has not begun). */
const summerYear = (now: Date) => (now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear());

export function needs(now: Date): NeedSeed[] {
  const summer = summerYear(now);
  return [
    {
      community: "南山街道",
      title: "小区旁2000平方米空地植树绿化",
      description:
        "南山街道一处居民小区旁有2000多平方米空地长期闲置，杂草丛生。街道希望组织青年志愿者植树绿化，" +
        "建成居民休闲的小树林，并由成员单位长期认养维护。",
      address: "镇江市润州区南山街道（小区旁空地）",
      point: ["32.171200", "119.438900"],
      dates: [calendarDate(2023, 3, 1), calendarDate(2023, 3, 31)],
      volunteersWanted: 100,
      skills: ["植树", "浇水", "搬运"],
      size: [2000, "平方米"],
      posted: cst(2023, 3, 2, 9),
      status: "CLOSED",
      activity: () => ({ year: 2023, type: "TREE_PLANTING" }),
      closedAt: cst(2023, 3, 12, 17),
      outcome: "2023年3月10日，百余名成员单位青年志愿者种下桂花、樱花树苗200余棵，建成“润州青年公益林”。",
      offers: [
        { unit: "china-post-zhenjiang", headcount: 38, availability: "3月10日全天", accepted: true },
        { unit: "china-mobile-zhenjiang", headcount: 22, availability: "3月10日", accepted: true },
        { unit: "ruixiang-tech", headcount: 18, availability: "3月10日上午", accepted: true },
        { unit: "chaoyang-community", headcount: 15, availability: "随时", accepted: true },
        { unit: "huadian-jurong", headcount: 12, availability: "3月10日", accepted: true },
      ],
    },
    {
      community: "南山街道",
      title: "公益林旁一万平方米长期服务点养护",
      description:
        "公益林东侧一万余平方米同类地块，需要成员单位定点服务、长期服务、深入服务：护绿养护、环境整治，" +
        "以及面向周边居民的志愿服务。欢迎各单位按季度认领服务时段。",
      address: "镇江市润州区南山街道（公益林东侧）",
      point: ["32.170400", "119.440600"],
      volunteersWanted: 40,
      skills: ["护绿养护", "环境整治"],
      size: [10000, "平方米"],
      posted: 60,
      status: "MATCHED",
      activity: (year) => ({ year, place: "南山街道润州青年公益林", type: "TREE_PLANTING" }),
      offers: [
        { unit: "china-post-zhenjiang", headcount: 20, availability: "每季度一次周六", accepted: true },
        { unit: "chaoyang-community", headcount: 10, availability: "随时", accepted: true },
      ],
    },
    {
      community: "朝阳社区",
      title: "双职工家庭暑期托管志愿服务",
      description:
        "社区双职工家庭较多，暑期孩子无人照看。社区活动室可用作托管场地，需要志愿者轮班陪伴孩子完成作业、" +
        "开展阅读和文体活动。",
      dates: [calendarDate(summer, 7, 10), calendarDate(summer, 8, 20)],
      volunteersWanted: 12,
      skills: ["课业辅导", "阅读陪伴", "文体活动"],
      size: [30, "名儿童"],
      posted: 10,
      status: "OPEN",
      offers: [],
    },
    {
      community: "朝阳社区",
      title: "老年人智能手机使用课堂",
      description:
        "社区不少老人不会用手机挂号、扫码乘车和视频通话。希望成员单位派青年志愿者每周来社区教老人使用智能手机，" +
        "一对一手把手教学。",
      volunteersWanted: 8,
      skills: ["智能手机教学", "耐心细致"],
      size: [60, "位老人"],
      posted: 5,
      status: "OPEN",
      offers: [
        {
          unit: "china-mobile-zhenjiang",
          headcount: 6,
          availability: "每周六上午",
          note: "可带演示手机和流量卡。",
        },
        { unit: "china-post-zhenjiang", headcount: 3, availability: "每周三下午" },
      ],
    },
    {
      community: "南山街道竹林社区（示例）",
      title: "社区反诈骗普法讲座",
      description: "近来电信诈骗多发，社区希望请律师为居民讲解常见骗局和维权途径，并现场答疑。",
      volunteersWanted: 3,
      skills: ["法律咨询", "宣讲"],
      posted: 3,
      status: "OPEN",
      offers: [],
    },
    {
      community: "金山街道",
      title: "沿江步道垃圾清理",
      description: "金山街道沿江步道周末游客多，垃圾较多，需要志愿者分段清理并劝导文明出行。",
      volunteersWanted: 30,
      skills: ["环境整治"],
      size: [3, "公里"],
      posted: 1,
      status: "OPEN",
      offers: [],
    },
  ];
}
