// 《2023年度润州青年工作委员会活动清单》: each of the 30 member units leads exactly one
// activity, March–December 2023. The first item is the report's own example (China Post's tree
// planting). Rows: activity([lead, month, day, status], [type, commitment, title], where, description).
import { activity, type ActivitySeed } from "./types";
import { VENUE } from "./venues-communities";

export const PLAN_2023 = {
  year: 2023,
  title: "2023年度润州青年工作委员会活动清单",
  publishedAt: { month: 3, day: 1 },
} as const;

const NANSHAN_FOREST =
  "按活动清单由镇江邮政牵头，3月初在青工委工作群发起“举手报名”，成员单位纷纷响应“算我们一个”。" +
  "团区委按“需求为主、属地为辅”对接南山街道，实地走访后选定小区旁2000余平方米地块建设“润州青年公益林”。" +
  "3月10日，成员单位100余名青年志愿者种下桂花、樱花树苗200余株；" +
  "另有1万余平方米同类地块作为定点、长期、深入服务的青年志愿服务阵地。";

const JIANGBIN = "和平路街道江滨社区（示例）";
const CHANGSHAN = "七里甸街道长山社区（示例）";

export const ACTIVITIES_2023: ActivitySeed[] = [
  activity(
    ["china-post-zhenjiang", 3, 10, "REPORTED"],
    ["TREE_PLANTING", "LIVELIHOOD", "润州青年公益林植树活动"],
    { reach: "CHAIN", capacity: 120, place: "南山街道润州青年公益林", community: "南山街道" },
    NANSHAN_FOREST,
  ),
  activity(
    ["nankunlun-law", 3, 15, "REPORTED"],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "“3·15”青春普法进社区"],
    { format: "SPECIAL_SESSION", community: "朝阳社区", venue: VENUE.chaoyangHall },
    "青年律师现场解答消费维权、劳动合同等法律问题，发放普法手册。",
  ),
  activity(
    ["demo-tax-runzhou", 3, 25, "REPORTED"],
    ["READING_CLUB", "STUDY_EXCHANGE", "青年读书会：读懂营商环境"],
    { channel: "HYBRID", venue: VENUE.postReadingRoom },
    "共读优化营商环境相关读本，线上同步直播，各单位青年交流读书心得。",
  ),
  activity(
    ["huadian-jurong", 4, 8, "REPORTED"],
    ["SOCIAL_EXCHANGE", "STUDY_EXCHANGE", "走进电厂：青年工业研学交流"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", capacity: 50, place: "华电句容发电公司厂区" },
    "参观集控中心和环保设施，了解能源保供一线青年的工作日常，座谈交流。",
  ),
  activity(
    ["demo-volunteer-association", 4, 22, "REPORTED"],
    ["VOLUNTEER_SERVICE", "BACKBONE_TEAM", "地球日长江净滩行动暨护江志愿队成立"],
    { capacity: 80, place: "和平路街道江滨岸线", community: JIANGBIN },
    "清理岸线垃圾，同时成立青年护江志愿队，明确队长和轮值表。",
  ),
  activity(
    ["demo-icbc-runzhou", 4, null, "DONE"],
    ["OTHER", "STUDY_EXCHANGE", "青年金融知识线上课堂"],
    { channel: "ONLINE", reach: "CHAIN", place: "线上直播" },
    "讲解电信诈骗防范、个人征信和理财基础知识，成员单位青年在线参与。",
  ),
  activity(
    ["ruixiang-tech", 5, 13, "REPORTED"],
    ["CULTURE_SPORTS", "CULTURE_SPORTS", "成员单位青年羽毛球联谊赛"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", capacity: 48, venue: VENUE.mobileBadminton },
    "瑞祥科技第一时间预约镇江移动开放的羽毛球场，邀请各成员单位组队参赛，以球会友。",
  ),
  activity(
    ["demo-yunfan-ecommerce", 5, 20, "REPORTED"],
    ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "青年电商创业沙龙"],
    { channel: "HYBRID", format: "SPECIAL_SESSION", reach: "CHAIN", venue: VENUE.parkHall },
    "青年创业者分享电商起步经验，金融机构现场介绍创业贷款政策。",
  ),
  activity(
    ["demo-meteorology", 5, 12, "REPORTED"],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "防灾减灾日气象科普进社区"],
    { place: "宝塔路街道社区广场", community: "宝塔路街道" },
    "讲解暴雨、雷电、高温防护知识，向居民发放应急避险卡。",
  ),
  activity(
    ["china-mobile-zhenjiang", 6, 17, "REPORTED"],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "银龄数字课堂：教老人用智能手机"],
    { capacity: 40, community: "朝阳社区", venue: VENUE.chaoyangHall },
    "青年志愿者一对一教老年居民使用健康码、线上缴费和视频通话。",
  ),
  activity(
    ["demo-jiangsu-bank", 6, 21, "REPORTED"],
    ["SOCIAL_EXCHANGE", "CULTURE_SPORTS", "端午青年交流联谊会"],
    { reach: "CHAIN", capacity: 60, place: "西津渡历史文化街区" },
    "包粽子、做香囊、猜灯谜，促进不同行业青年相识交流。",
  ),
  activity(
    ["demo-survey-team", 6, null, "DONE"],
    ["READING_CLUB", "STUDY_EXCHANGE", "数据里的青年：线上读书分享会"],
    { channel: "ONLINE", reach: "CHAIN", place: "线上会议" },
    "结合青年发展统计数据共读一本书，讨论青年就业与成长。",
  ),
  activity(
    ["chaoyang-community", 7, 10, "REPORTED"],
    ["VOLUNTEER_SERVICE", "YOUTH_PROJECT", "暑期“小候鸟”托管班"],
    { capacity: 40, community: "朝阳社区", venue: VENUE.chaoyangHall },
    "成员单位青年轮流担任志愿老师，为双职工家庭孩子提供课业辅导和兴趣课程。",
  ),
  activity(
    ["demo-city-investment", 7, 22, "REPORTED"],
    ["OTHER", "BACKBONE_TEAM", "青年突击队骨干训练营"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", venue: VENUE.cityField },
    "拓展训练与城市更新项目现场教学相结合，培养青年骨干。",
  ),
  activity(
    ["demo-delivery-riders", 7, 28, "REPORTED"],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "骑手清凉驿站"],
    { place: "宝塔路街道骑手驿站", community: "宝塔路街道" },
    "为高温下奔波的骑手送上清凉物资，律所青年提供劳动权益咨询。",
  ),
  activity(
    ["demo-culture-tourism", 8, 19, "REPORTED"],
    ["CULTURE_SPORTS", "CULTURE_SPORTS", "西津渡青年文化夜游"],
    { capacity: 100, place: "西津渡历史文化街区" },
    "讲解员带领青年夜游古街，沉浸式体验镇江历史文化。",
  ),
  activity(
    ["demo-maritime", 8, 26, "REPORTED"],
    ["READING_CLUB", "STUDY_EXCHANGE", "长江航运史青年读书会"],
    { channel: "HYBRID", format: "SPECIAL_SESSION", reach: "CHAIN", venue: VENUE.postReadingRoom },
    "共读长江航运史，交流水上安全知识。",
  ),
  activity(
    ["demo-internet-park", 8, 30, "REPORTED"],
    ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "数字经济青年创业沙龙"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", capacity: 80, venue: VENUE.parkHall },
    "园区青年创业项目路演，投资人与导师现场点评。",
  ),
  activity(
    ["demo-water", 9, 16, "REPORTED"],
    ["VOLUNTEER_SERVICE", "YOUTH_PROJECT", "青年节水护水项目：走进水厂"],
    { capacity: 30, place: "镇江水业金西水厂（示例）" },
    "参观净水工艺，认领社区节水宣传项目。",
  ),
  activity(
    ["demo-nfra", 9, 9, "DONE"],
    ["OTHER", "BACKBONE_TEAM", "金融宣讲员队伍组建及首场宣讲"],
    { channel: "HYBRID", reach: "CHAIN", venue: VENUE.ruixiangRoom },
    "组建防范非法集资青年宣讲员队伍并开展首场宣讲。",
  ),
  activity(
    ["demo-jinshan-accounting", 9, 23, "REPORTED"],
    ["READING_CLUB", "STUDY_EXCHANGE", "青年财税读书会"],
    { venue: VENUE.postReadingRoom },
    "围绕个人所得税和小微企业税收优惠共读交流。",
  ),
  activity(
    ["demo-bus", 10, 14, "REPORTED"],
    ["SOCIAL_EXCHANGE", "BACKBONE_TEAM", "公交青年文明号开放日"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", capacity: 40, place: "镇江公交宝塔路场站" },
    "参观青年文明号车组，交流服务标准与骨干培养经验。",
  ),
  activity(
    ["demo-insurance", 10, 23, "REPORTED"],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "重阳敬老志愿服务"],
    { place: "金山街道居家养老服务中心", community: "金山街道" },
    "走访独居老人，开展健康义诊和防诈骗宣传。",
  ),
  activity(
    ["demo-livestream", 10, 28, "REPORTED"],
    ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "直播电商助农专场"],
    { channel: "ONLINE", format: "SPECIAL_SESSION", reach: "CHAIN", place: "星河直播基地直播间" },
    "青年主播带货本地农产品，分享直播创业心得。",
  ),
  activity(
    ["demo-rural-bank", 11, 11, "REPORTED"],
    ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "乡村振兴青年创业沙龙"],
    { channel: "HYBRID", format: "SPECIAL_SESSION", reach: "CHAIN", venue: VENUE.parkHall },
    "涉农青年创业者交流，解读创业担保贷款政策。",
  ),
  activity(
    ["demo-xinjin-hotel", 11, 18, "REPORTED"],
    ["SOCIAL_EXCHANGE", "CULTURE_SPORTS", "青年交友联谊会"],
    { reach: "CHAIN", capacity: 80, place: "西津酒店多功能厅" },
    "破冰游戏、才艺展示，为单身青年搭建交友平台。",
  ),
  activity(
    ["demo-building-cluster", 11, 25, "DONE"],
    ["READING_CLUB", "BACKBONE_TEAM", "楼宇青年读书会暨读书骨干队成立"],
    { place: "商务楼宇共享会议室" },
    "楼宇青年共读一本书，并成立读书会骨干队伍负责后续组织。",
  ),
  activity(
    ["demo-securities", 12, 9, "DONE"],
    ["OTHER", "BACKBONE_TEAM", "青年投教讲师团线上首讲"],
    { channel: "ONLINE", reach: "CHAIN", place: "线上直播" },
    "青年投资者教育讲师团首次亮相，讲解理性投资知识。",
  ),
  activity(
    ["demo-danyang-optics", 12, 16, "REPORTED"],
    ["VOLUNTEER_SERVICE", "LIVELIHOOD", "青少年爱眼护眼公益行"],
    { format: "SPECIAL_SESSION", reach: "CHAIN", community: CHANGSHAN },
    "为社区青少年免费验光，普及用眼卫生知识。",
  ),
  activity(
    ["demo-courier", 12, 30, "DONE"],
    ["CULTURE_SPORTS", "CULTURE_SPORTS", "快递小哥迎新年趣味运动会"],
    { capacity: 120, venue: VENUE.cityField },
    "拔河、跳绳、接力赛，成员单位青年与快递小哥同场联欢。",
  ),
];
