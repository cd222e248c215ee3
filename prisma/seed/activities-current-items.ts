// Items of the current year's list (the year the seed runs in). Statuses are not fixed here:
// activities-current.ts derives them from the seed date. Row shape as in activities-2023.ts.
import { activity, type ActivitySeed } from "./types";
import { VENUE } from "./venues-communities";

/** 22 items already claimed by a unit (at most one per unit, as maxLeadsPerUnit = 1). */
export const CLAIMED: ActivitySeed[] = [
  activity(
    ["demo-tax-runzhou", 1, 17],
    ["READING_CLUB", "STUDY_EXCHANGE", "新春青年读书会"],
    { channel: "HYBRID", capacity: 30, venue: VENUE.postReadingRoom },
    "新春共读，交流年度读书计划，线上同步分享。",
  ),
  activity(
    ["demo-culture-tourism", 2, 28],
    ["SOCIAL_EXCHANGE", "CULTURE_SPORTS", "西津渡新春灯谜联谊"],
    { reach: "CHAIN", capacity: 80, place: "西津渡历史文化街区" },
    "猜灯谜、写春联，成员单位青年在古街上交朋友。",
  ),
  activity(
    ["china-post-zhenjiang", 3, 12],
    ["TREE_PLANTING", "LIVELIHOOD", "润州青年公益林补植与养护"],
    { reach: "CHAIN", capacity: 100, place: "南山街道润州青年公益林", community: "南山街道" },
    "植树节当天为润州青年公益林补植桂花、樱花，并为长期服务地块除草、浇水、挂牌。",
  ),
  activity(
    ["nankunlun-law", 3, 15],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "“3·15”青年普法服务日"],
    { format: "SPECIAL_SESSION", community: "朝阳社区", venue: VENUE.chaoyangHall },
    "青年律师现场解答消费维权和劳动权益问题。",
  ),
  activity(
    ["huadian-jurong", 4, 18],
    ["SOCIAL_EXCHANGE", "STUDY_EXCHANGE", "能源企业开放日青年研学"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", capacity: 50, place: "华电句容发电公司厂区" },
    "走进电厂看能源保供，与一线青年座谈交流。",
  ),
  activity(
    ["demo-icbc-runzhou", 4, 25],
    ["OTHER", "BACKBONE_TEAM", "青年金融宣讲员培训"],
    { venue: VENUE.ruixiangRoom },
    "培训一支能进社区讲反诈和理财知识的青年宣讲队伍。",
  ),
  activity(
    ["ruixiang-tech", 5, 9],
    ["CULTURE_SPORTS", "CULTURE_SPORTS", "“五四”青年羽毛球联谊赛"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", capacity: 48, venue: VENUE.mobileBadminton },
    "各成员单位组队参加羽毛球团体赛，以球会友。",
  ),
  activity(
    ["demo-yunfan-ecommerce", 5, 23],
    ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "青年电商创业沙龙"],
    { channel: "HYBRID", format: "SPECIAL_SESSION", capacity: 60, venue: VENUE.parkHall },
    "青年创业者分享选品与运营经验，现场对接创业导师。",
  ),
  activity(
    ["china-mobile-zhenjiang", 6, 13],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "银龄数字课堂进社区"],
    { capacity: 40, community: "朝阳社区", venue: VENUE.chaoyangHall },
    "一对一教老年居民使用智能手机、线上缴费和防范诈骗。",
  ),
  activity(
    ["demo-volunteer-association", 6, 27],
    ["VOLUNTEER_SERVICE", "BACKBONE_TEAM", "青年志愿者骨干培训营"],
    { reach: "CHAIN", capacity: 60, venue: VENUE.chaoyangHall },
    "为各成员单位志愿服务队长开展项目设计与安全培训。",
  ),
  activity(
    ["chaoyang-community", 7, 8],
    ["VOLUNTEER_SERVICE", "YOUTH_PROJECT", "暑期“小候鸟”托管班"],
    { capacity: 40, community: "朝阳社区", venue: VENUE.chaoyangHall },
    "成员单位青年轮值担任志愿老师，为双职工家庭孩子提供看护和辅导。",
  ),
  activity(
    ["demo-delivery-riders", 7, 25],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "骑手清凉驿站"],
    { place: "宝塔路街道骑手驿站", community: "宝塔路街道" },
    "为高温下奔波的骑手送清凉，提供歇脚、充电和权益咨询。",
  ),
  activity(
    ["demo-internet-park", 8, 22],
    ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "数字经济青年创业沙龙"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", capacity: 80, venue: VENUE.parkHall },
    "青年创业项目路演，投资人和导师现场点评。",
  ),
  activity(
    ["demo-jiangsu-bank", 8, null],
    ["SOCIAL_EXCHANGE", "CULTURE_SPORTS", "青年交流联谊会（七夕主题）"],
    { reach: "CHAIN", capacity: 60, place: "西津酒店多功能厅" },
    "为成员单位单身青年搭建交友平台。具体日期待定。",
  ),
  activity(
    ["demo-jinshan-accounting", 9, 19],
    ["READING_CLUB", "STUDY_EXCHANGE", "青年财税读书会"],
    { capacity: 30, venue: VENUE.postReadingRoom },
    "围绕个税汇算和小微企业税收优惠共读交流。",
  ),
  activity(
    ["demo-city-investment", 9, 26],
    ["OTHER", "BACKBONE_TEAM", "城市更新青年突击队训练营"],
    { format: "SPECIAL_SESSION", venue: VENUE.cityField },
    "拓展训练加项目现场教学，培养青年突击队骨干。",
  ),
  activity(
    ["demo-insurance", 10, null],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "重阳敬老志愿服务"],
    { place: "金山街道居家养老服务中心", community: "金山街道" },
    "重阳节前后走访独居老人，开展义诊和防诈宣传。",
  ),
  activity(
    ["demo-livestream", 10, 24],
    ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "直播电商助农专场"],
    { channel: "ONLINE", format: "SPECIAL_SESSION", reach: "CHAIN", place: "星河直播基地直播间" },
    "青年主播为本地农产品带货，分享直播创业心得。",
  ),
  activity(
    ["demo-building-cluster", 11, 8],
    ["READING_CLUB", "STUDY_EXCHANGE", "楼宇青年读书会"],
    { capacity: 30, place: "商务楼宇共享会议室" },
    "午间读书会，楼宇青年共读一本书。",
  ),
  activity(
    ["demo-xinjin-hotel", 11, 29],
    ["SOCIAL_EXCHANGE", "CULTURE_SPORTS", "青年交友联谊会"],
    { reach: "CHAIN", capacity: 80, place: "西津酒店多功能厅" },
    "破冰游戏、才艺展示，促进不同行业青年相识。",
  ),
  activity(
    ["demo-meteorology", 12, 12],
    ["OTHER", "STUDY_EXCHANGE", "冬季气象防灾线上讲堂"],
    { channel: "ONLINE", reach: "CHAIN", place: "线上直播" },
    "讲解寒潮、雨雪冰冻天气的防护知识。",
  ),
  activity(
    ["demo-courier", 12, 19],
    ["CULTURE_SPORTS", "CULTURE_SPORTS", "迎新年青年趣味运动会"],
    { capacity: 120, venue: VENUE.cityField },
    "拔河、跳绳、接力赛，成员单位青年与快递小哥同场联欢。",
  ),
];

/** 8 items nobody has claimed yet. `month` is a preference; past months move to now or next month. */
export const UNCLAIMED: ActivitySeed[] = [
  activity(
    [null, 2, null],
    ["READING_CLUB", "YOUTH_PROJECT", "社区青少年阅读陪伴计划"],
    { community: "七里甸街道长山社区（示例）" },
    "捐赠图书、更新社区书屋，每月一次青少年阅读陪伴。",
  ),
  activity(
    [null, 4, null],
    ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "青年创业沙龙：文创专场"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", capacity: 60 },
    "邀请文创青年分享创业故事。",
  ),
  activity(
    [null, 6, null],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "长江岸线净滩志愿行动"],
    { capacity: 80, place: "和平路街道江滨岸线", community: "和平路街道江滨社区（示例）" },
    "清理岸线垃圾，宣传长江大保护。",
  ),
  activity(
    [null, 8, null],
    ["CULTURE_SPORTS", "CULTURE_SPORTS", "成员单位青年乒乓球友谊赛"],
    { capacity: 32, venue: VENUE.mobileTableTennis },
    "单打与混双友谊赛。",
  ),
  activity(
    [null, 9, null],
    ["SOCIAL_EXCHANGE", "CULTURE_SPORTS", "跨行业青年交流联谊会"],
    { reach: "CHAIN", capacity: 60 },
    "不同行业青年围绕职业成长面对面交流。",
  ),
  activity(
    [null, 10, null],
    ["OTHER", "BACKBONE_TEAM", "青年骨干队伍结对培训"],
    { format: "SPECIAL_SESSION", reach: "CHAIN" },
    "成员单位骨干结对互学，交流团建工作方法。",
  ),
  activity(
    [null, 11, null],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "独居老人暖心探访"],
    { community: "金山街道" },
    "结对探访辖区独居老人，帮助解决生活小事。",
  ),
  activity(
    [null, 12, null],
    ["READING_CLUB", "STUDY_EXCHANGE", "青年职场读书会（线上）"],
    { channel: "ONLINE", place: "线上会议" },
    "围绕职场沟通与成长共读一本书。",
  ),
];
