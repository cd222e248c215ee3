// Grassroots partners (communities / subdistricts) and the shared venues on the map
// (全域团建功能阵地分布图). Coordinates are approximate points in Runzhou district.
import type { CommunitySeed, VenueRef, VenueSeed } from "./types";
import { fakeMobile } from "./units";

/** Short names for the venues that activities refer to ("<unit slug>/<venue name>"). */
export const VENUE = {
  mobileBadminton: "china-mobile-zhenjiang/镇江移动羽毛球场",
  mobileTableTennis: "china-mobile-zhenjiang/镇江移动乒乓球室",
  ruixiangRoom: "ruixiang-tech/瑞祥科技青年之家会议室",
  postReadingRoom: "china-post-zhenjiang/邮政青年书屋",
  chaoyangHall: "chaoyang-community/朝阳社区党群服务中心活动室",
  parkHall: "demo-internet-park/数字经济产业园路演厅",
  cityField: "demo-city-investment/城投职工运动场",
} as const satisfies Record<string, VenueRef>;

// Nanshan Subdistrict (南山街道) and its Chaoyang Community (朝阳社区) are the committee's own
// story: the tree planting of 10 March 2023 was arranged with the subdistrict, on a plot beside
// one of its compounds. A row named after a subdistrict ("南山街道", "金山街道", "宝塔路街道")
// stands for the subdistrict office itself (街道本级) where an activity or a need concerns the
// whole subdistrict rather than one community; it keeps its plain name because the activity
// lists and the other seed steps find it by that name. Contacts are demo people (示例) with
// fake numbers; Chaoyang Community's own league branch (Community.unitId) is linked in
// communities.ts.
export const COMMUNITIES: CommunitySeed[] = [
  {
    name: "南山街道",
    subdistrict: "南山街道",
    address: "镇江市润州区南山街道办事处",
    description:
      "南山街道本级（街道办事处）。小区旁有两千余平方米闲置地块待绿化，另有一万余平方米同类土地可作为青年志愿服务长期定点。",
    latitude: "32.170500",
    longitude: "119.437800",
    contactName: "示例·周主任",
    contactPhone: fakeMobile(40),
  },
  {
    name: "朝阳社区",
    subdistrict: "南山街道",
    address: "镇江市润州区南山街道朝阳社区",
    description: "暑期双职工家庭孩子看护难；老年居民希望学习智能手机和线上缴费。",
    latitude: "32.191264",
    longitude: "119.432718",
    contactName: "示例·孙书记",
    contactPhone: fakeMobile(41),
  },
  {
    name: "南山街道竹林社区（示例）",
    subdistrict: "南山街道",
    address: "镇江市润州区南山街道竹林路",
    description: "演示数据：紧邻南山风景区，游客多、垃圾多，社区希望成员单位青年定期开展护山清洁和文明引导。",
    latitude: "32.165200",
    longitude: "119.428600",
    contactName: "示例·钱主任",
    contactPhone: fakeMobile(42),
  },
  {
    name: "金山街道",
    subdistrict: "金山街道",
    address: "镇江市润州区金山街道",
    description: "金山街道本级。辖区老旧小区多，独居老人需要定期探访和节日慰问。",
    latitude: "32.219800",
    longitude: "119.416300",
    contactName: "示例·吴主任",
    contactPhone: fakeMobile(43),
  },
  {
    name: "宝塔路街道",
    subdistrict: "宝塔路街道",
    address: "镇江市润州区宝塔路街道",
    description: "宝塔路街道本级。新就业群体（外卖、快递骑手）集中，需要歇脚驿站和法律咨询。",
    latitude: "32.206700",
    longitude: "119.445600",
    contactName: "示例·郑主任",
    contactPhone: fakeMobile(44),
  },
  {
    name: "和平路街道江滨社区（示例）",
    subdistrict: "和平路街道",
    address: "镇江市润州区和平路街道",
    description: "临江岸线需要定期清理垃圾，社区希望组建青年护江志愿队。",
    latitude: "32.216900",
    longitude: "119.452300",
    contactName: "示例·冯书记",
    contactPhone: fakeMobile(45),
  },
  {
    name: "七里甸街道长山社区（示例）",
    subdistrict: "七里甸街道",
    address: "镇江市润州区七里甸街道",
    description: "社区书屋藏书陈旧，希望成员单位捐书并定期举办青少年阅读活动。",
    latitude: "32.190400",
    longitude: "119.389700",
    contactName: "示例·陈主任",
    contactPhone: fakeMobile(46),
  },
];

const MOBILE_ADDRESS = "镇江市润州区黄山西路（镇江移动办公区）";

export const VENUES: VenueSeed[] = [
  {
    unit: "china-mobile-zhenjiang",
    name: "镇江移动羽毛球场",
    kind: "BADMINTON_COURT",
    quantity: 3,
    capacity: 24,
    address: MOBILE_ADDRESS,
    latitude: "32.204512",
    longitude: "119.423876",
    description: "室内标准羽毛球场3片，工作日晚间和周末向成员单位开放，一个电话即可预约。",
    contactPhone: fakeMobile(3),
  },
  {
    unit: "china-mobile-zhenjiang",
    name: "镇江移动乒乓球室",
    kind: "TABLE_TENNIS",
    quantity: 2,
    capacity: 8,
    address: MOBILE_ADDRESS,
    latitude: "32.204512",
    longitude: "119.423876",
    description: "2张比赛级乒乓球台，提供球拍借用。",
    contactPhone: fakeMobile(3),
  },
  {
    unit: "china-mobile-zhenjiang",
    name: "镇江移动健身房",
    kind: "GYM",
    capacity: 20,
    address: MOBILE_ADDRESS,
    latitude: "32.204512",
    longitude: "119.423876",
    description: "配备跑步机、力量训练器械，需提前一天预约。",
    contactPhone: fakeMobile(3),
  },
  {
    unit: "china-mobile-zhenjiang",
    name: "镇江移动瑜伽室",
    kind: "YOGA_ROOM",
    capacity: 15,
    address: MOBILE_ADDRESS,
    latitude: "32.204512",
    longitude: "119.423876",
    description: "木地板瑜伽室，配有瑜伽垫和音响。",
    contactPhone: fakeMobile(3),
  },
  {
    unit: "ruixiang-tech",
    name: "瑞祥科技青年之家会议室",
    kind: "MEETING_ROOM",
    capacity: 40,
    address: "镇江市润州区官塘桥街道（瑞祥科技园区）",
    latitude: "32.193820",
    longitude: "119.408541",
    description: "可容纳40人，带投影和视频会议设备，适合召开联席会议和专题沙龙。",
    contactPhone: fakeMobile(4),
  },
  {
    unit: "china-post-zhenjiang",
    name: "邮政青年书屋",
    kind: "READING_ROOM",
    capacity: 30,
    address: "镇江市润州区中山西路（邮政大楼二楼）",
    latitude: "32.207935",
    longitude: "119.437210",
    description: "藏书三千余册，可承办读书会，周末对成员单位青年开放。",
    contactPhone: fakeMobile(2),
  },
  {
    unit: "chaoyang-community",
    name: "朝阳社区党群服务中心活动室",
    kind: "ACTIVITY_HALL",
    capacity: 60,
    address: "镇江市润州区南山街道朝阳社区",
    latitude: "32.191264",
    longitude: "119.432718",
    description: "社区活动大厅，适合开展志愿服务、亲子活动和居民议事。",
    contactPhone: fakeMobile(6),
  },
  {
    unit: "nankunlun-law",
    name: "南昆仑青年普法工作室",
    kind: "MEETING_ROOM",
    capacity: 16,
    address: "镇江市润州区长江路",
    latitude: "32.216583",
    longitude: "119.441902",
    description: "律所小型会议室，每月第一个周六上午提供免费法律咨询。",
    contactPhone: fakeMobile(5),
  },
  {
    unit: "demo-internet-park",
    name: "数字经济产业园路演厅",
    kind: "ACTIVITY_HALL",
    capacity: 120,
    address: "镇江市润州区官塘桥街道（数字经济产业园）",
    latitude: "32.196044",
    longitude: "119.415327",
    description: "演示数据：阶梯式路演厅，适合创业沙龙和项目路演。",
    contactPhone: fakeMobile(27),
  },
  {
    unit: "demo-city-investment",
    name: "城投职工运动场",
    kind: "SPORTS_FIELD",
    capacity: 200,
    address: "镇江市润州区金山路",
    latitude: "32.218460",
    longitude: "119.418795",
    description: "演示数据：标准篮球场两片和一片笼式足球场，周末开放。",
    contactPhone: fakeMobile(12),
  },
];
