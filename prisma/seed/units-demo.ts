// 24 demo member units: plausible, but clearly marked as examples (name suffix "（示例）",
// slug prefix "demo-", secretaries 示例书记01…24, fake phone numbers).
import type { LeagueOrgType, UnitCategory } from "../../lib/generated/prisma/client";
import type { UnitSeed } from "./types";
import { fakeMobile } from "./units";

type Row = [
  unit: [slug: string, category: UnitCategory, orgType: LeagueOrgType, inDistrict: boolean],
  names: [name: string, shortName: string, address: string],
  intro: string,
];

const ROWS: Row[] = [
  // 垂管机关
  [
    ["demo-tax-runzhou", "VERTICAL_AGENCY", "BRANCH", true],
    ["国家税务总局镇江市润州区税务局团支部", "润州税务", "镇江市润州区南徐大道"],
    "税务系统青年干部团支部，擅长组织政策宣讲和读书交流。",
  ],
  [
    ["demo-maritime", "VERTICAL_AGENCY", "COMMITTEE", false],
    ["镇江海事局团委", "镇江海事", "镇江市京口区长江路"],
    "长江水上安全监管一线的青年队伍，辖区外成员单位。",
  ],
  [
    ["demo-survey-team", "VERTICAL_AGENCY", "BRANCH", false],
    ["国家统计局镇江调查队团支部", "镇江调查队", "镇江市京口区正东路"],
    "统计调查青年团支部，可为成员单位提供青年发展数据分析支持。",
  ],
  [
    ["demo-meteorology", "VERTICAL_AGENCY", "BRANCH", true],
    ["镇江市气象局团支部", "镇江气象", "镇江市润州区桃花坞路"],
    "气象科普是这个团支部的拿手项目，常年走进社区和学校。",
  ],
  [
    ["demo-nfra", "VERTICAL_AGENCY", "BRANCH", true],
    ["国家金融监督管理总局镇江监管分局团支部", "镇江金融监管", "镇江市润州区中山西路"],
    "金融监管青年干部团支部，开展防范非法集资和金融知识宣传。",
  ],
  // 国企平台
  [
    ["demo-city-investment", "STATE_ENTERPRISE", "COMMITTEE", true],
    ["润州城市建设投资集团团委", "润州城投", "镇江市润州区金山路"],
    "区属国有平台公司团委，组建青年突击队参与城市更新项目。",
  ],
  [
    ["demo-water", "STATE_ENTERPRISE", "COMMITTEE", true],
    ["镇江水业总公司团委", "镇江水业", "镇江市润州区和平路"],
    "供水保障一线的青年职工团委，开展节水护水宣传和便民服务。",
  ],
  [
    ["demo-bus", "STATE_ENTERPRISE", "COMMITTEE", true],
    ["镇江公交集团团委", "镇江公交", "镇江市润州区宝塔路"],
    "公交系统团委，拥有多个青年文明号车组。",
  ],
  [
    ["demo-culture-tourism", "STATE_ENTERPRISE", "COMMITTEE", true],
    ["镇江文化旅游产业集团团委", "镇江文旅", "镇江市润州区西津渡街"],
    "文旅国企团委，依托西津渡历史街区组织青年文化活动。",
  ],
  // 金融机构
  [
    ["demo-icbc-runzhou", "FINANCIAL_INSTITUTION", "BRANCH", true],
    ["工商银行镇江润州支行团支部", "工行润州支行", "镇江市润州区中山西路"],
    "银行青年员工团支部，开展金融知识进社区和青年理财课堂。",
  ],
  [
    ["demo-rural-bank", "FINANCIAL_INSTITUTION", "COMMITTEE", false],
    ["镇江农村商业银行团委", "镇江农商行", "镇江市丹徒区谷阳大道"],
    "服务乡村振兴的地方金融机构团委，辖区外成员单位。",
  ],
  [
    ["demo-jiangsu-bank", "FINANCIAL_INSTITUTION", "COMMITTEE", true],
    ["江苏银行镇江分行团委", "江苏银行镇江分行", "镇江市润州区长江路"],
    "分行团委青年多，乐于组织交流联谊类活动。",
  ],
  [
    ["demo-insurance", "FINANCIAL_INSTITUTION", "BRANCH", true],
    ["中国人寿镇江分公司团支部", "国寿镇江", "镇江市润州区解放路"],
    "保险青年志愿服务队常年开展敬老助老活动。",
  ],
  [
    ["demo-securities", "FINANCIAL_INSTITUTION", "BRANCH", false],
    ["华泰证券镇江营业部团支部", "华泰镇江营业部", "镇江市京口区学府路"],
    "证券行业青年团支部，组建青年投资者教育讲师团。",
  ],
  // "两新"组织
  [
    ["demo-yunfan-ecommerce", "NEW_ORGANISATION", "BRANCH", true],
    ["镇江云帆电子商务有限公司团支部", "云帆电商", "镇江市润州区官塘桥街道"],
    "青年创业企业团支部，热心分享电商创业经验。",
  ],
  [
    ["demo-jinshan-accounting", "NEW_ORGANISATION", "BRANCH", true],
    ["镇江金山会计师事务所团支部", "金山会计所", "镇江市润州区金山街道"],
    "会计师事务所青年团支部，可为小微企业青年提供财税咨询。",
  ],
  [
    ["demo-volunteer-association", "NEW_ORGANISATION", "BRANCH", true],
    ["润州区青年志愿者协会团支部", "润州青志协", "镇江市润州区和平路街道"],
    "社会组织团支部，负责青年志愿者招募、培训和岗位对接。",
  ],
  [
    ["demo-xinjin-hotel", "NEW_ORGANISATION", "BRANCH", true],
    ["镇江西津酒店管理有限公司团支部", "西津酒店", "镇江市润州区西津渡街"],
    "服务业青年团支部，可提供活动场地和餐饮保障。",
  ],
  [
    ["demo-danyang-optics", "NEW_ORGANISATION", "COMMITTEE", false],
    ["丹阳明视眼镜制造有限公司团委", "明视眼镜", "镇江市丹阳市司徒镇"],
    "辖区外民营制造企业团委，开展青少年爱眼护眼公益活动。",
  ],
  // 新兴领域
  [
    ["demo-delivery-riders", "EMERGING_SECTOR", "BRANCH", true],
    ["润州区外卖骑手联合团支部", "骑手团支部", "镇江市润州区宝塔路街道"],
    "新就业群体青年的团组织，骑手们也是社区的“移动网格员”。",
  ],
  [
    ["demo-internet-park", "EMERGING_SECTOR", "GENERAL_BRANCH", true],
    ["润州数字经济产业园团总支", "数字经济产业园", "镇江市润州区官塘桥街道"],
    "产业园区团总支，覆盖园区内二十余家互联网企业的青年。",
  ],
  [
    ["demo-livestream", "EMERGING_SECTOR", "BRANCH", true],
    ["镇江星河直播电商基地团支部", "星河直播基地", "镇江市润州区七里甸街道"],
    "直播电商从业青年的团支部，常年开展助农直播。",
  ],
  [
    ["demo-building-cluster", "EMERGING_SECTOR", "BRANCH", true],
    ["润州中央商务楼宇联合团支部", "商务楼宇团支部", "镇江市润州区黄山西路"],
    "楼宇内多家中小企业青年组成的联合团支部，以读书会凝聚楼宇青年。",
  ],
  [
    ["demo-courier", "EMERGING_SECTOR", "BRANCH", false],
    ["镇江新区快递物流联合团支部", "快递物流团支部", "镇江市镇江新区丁卯街道"],
    "快递小哥的联合团支部，辖区外成员单位。",
  ],
];

export const DEMO_UNITS: UnitSeed[] = ROWS.map(
  ([[slug, category, orgType, inDistrict], [name, shortName, address], intro], i) => {
    const n = String(i + 1).padStart(2, "0");
    return {
      slug,
      name: `${name}（示例）`,
      shortName: `${shortName}（示例）`,
      category,
      orgType,
      inDistrict,
      intro: `${intro}本单位为演示数据。`,
      address,
      secretary: `示例书记${n}`,
      mobile: fakeMobile(7 + i),
      ...(i % 3 === 0 ? { email: `${slug}@example.org` } : {}),
      contactPhonePublic: i % 2 === 0,
      isDemo: true,
    };
  },
);
