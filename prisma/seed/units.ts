// The six member units named in the 2023 report (中国共青团, issue 6). Their secretaries'
// names come from the report; every phone number and e-mail address here is fake.
import type { UnitSeed } from "./types";

const MOBILE_PREFIXES = ["139", "138", "137", "136", "135", "150", "151", "152", "158", "187", "188", "199"];

/** Obviously fake mobile numbers in the 1xx-0000-xxxx pattern (stored without dashes). */
export function fakeMobile(n: number): string {
  return `${MOBILE_PREFIXES[n % MOBILE_PREFIXES.length]}0000${String(1000 + n).padStart(4, "0")}`;
}

/** The district committee's administrator (团区委书记). */
export const ADMIN = {
  login: "admin",
  name: "杨凡",
  mobile: "13900000001",
  email: "admin@example.org",
} as const;

/** The date of the first plenary meeting, when all 30 member units joined. */
export const FOUNDING_DATE = { year: 2023, month: 2, day: 21 } as const;

export const NAMED_UNITS: UnitSeed[] = [
  {
    slug: "huadian-jurong",
    name: "华电句容发电公司团委",
    shortName: "华电句容",
    category: "STATE_ENTERPRISE",
    orgType: "COMMITTEE",
    inDistrict: false,
    intro:
      "中国华电集团所属发电企业的团组织，位于句容市，是青工委的辖区外成员单位。青年职工集中在生产一线，擅长组织安全生产、节能环保主题的学习交流。",
    address: "镇江市句容市下蜀镇",
    secretary: "汪明灿",
    mobile: fakeMobile(1),
    contactPhonePublic: true,
    isDemo: false,
  },
  {
    slug: "china-post-zhenjiang",
    name: "中国邮政镇江分公司团委",
    shortName: "镇江邮政",
    category: "STATE_ENTERPRISE",
    orgType: "COMMITTEE",
    inDistrict: true,
    intro:
      "2023年3月按活动清单牵头组织润州青年公益林植树活动，在南山街道种下200余株桂花和樱花树苗。网点遍布城乡，乐于承接便民服务类项目。",
    address: "镇江市润州区中山西路",
    secretary: "陆斌",
    mobile: fakeMobile(2),
    contactPhonePublic: true,
    isDemo: false,
  },
  {
    slug: "china-mobile-zhenjiang",
    name: "中国移动通信集团江苏有限公司镇江分公司团委",
    shortName: "镇江移动",
    category: "STATE_ENTERPRISE",
    orgType: "COMMITTEE",
    inDistrict: true,
    intro: "向成员单位开放3片羽毛球场、2张乒乓球台、健身房和瑜伽室，是全域团建功能阵地地图上的重要阵地。",
    address: "镇江市润州区黄山西路",
    secretary: "刘爱浩",
    mobile: fakeMobile(3),
    email: "china-mobile-zhenjiang@example.org",
    contactPhonePublic: false,
    isDemo: false,
  },
  {
    slug: "ruixiang-tech",
    name: "瑞祥科技集团团委",
    shortName: "瑞祥科技",
    category: "NEW_ORGANISATION",
    orgType: "COMMITTEE",
    inDistrict: true,
    intro: "民营科技企业团组织，青年员工多、活力足。曾第一时间预约镇江移动的羽毛球场举办员工羽毛球赛。",
    address: "镇江市润州区官塘桥街道",
    secretary: "陈烨桦",
    secretaryTitle: "负责人",
    mobile: fakeMobile(4),
    contactPhonePublic: false,
    isDemo: false,
  },
  {
    slug: "nankunlun-law",
    name: "江苏南昆仑律师事务所团支部",
    shortName: "南昆仑律所",
    category: "NEW_ORGANISATION",
    orgType: "BRANCH",
    inDistrict: true,
    intro: "由律所青年律师组成的团支部，常年开展普法宣传和公益法律咨询，为成员单位青年提供法律服务。",
    address: "镇江市润州区长江路",
    secretary: "李敏",
    mobile: fakeMobile(5),
    email: "nankunlun-law@example.org",
    contactPhonePublic: true,
    isDemo: false,
  },
  {
    slug: "chaoyang-community",
    name: "南山街道朝阳社区团支部",
    shortName: "朝阳社区",
    category: "EMERGING_SECTOR",
    orgType: "BRANCH",
    inDistrict: true,
    intro: "扎根南山街道的社区团支部，熟悉居民需求，负责对接成员单位进社区开展志愿服务和民生实事。",
    address: "镇江市润州区南山街道朝阳社区",
    secretary: "张傲雍",
    secretaryTitle: "负责人",
    mobile: fakeMobile(6),
    contactPhonePublic: true,
    isDemo: false,
  },
];
