import type { SurveyQuestionKind } from "../../lib/generated/prisma/client";

// The demo surveys' questions and the texts their answers draw on (see ./surveys.ts).

export type QuestionSeed = {
  kind: SurveyQuestionKind;
  prompt: string;
  required?: boolean;
  allowOther?: boolean;
  options?: string[];
};

export const questions2023: QuestionSeed[] = [
  {
    kind: "MULTIPLE_CHOICE",
    prompt: "贵单位希望参与哪些类型的活动？",
    allowOther: true,
    options: ["读书会", "交流联谊", "创业沙龙", "志愿服务", "文体活动", "植树等公益劳动"],
  },
  {
    kind: "RANKING",
    prompt: "请按意向为以下月份排序（最适合集中开展活动的排第一）",
    options: ["三月", "五月", "七月", "十月"],
  },
  { kind: "RATING", prompt: "您对第一次全体会议（联席会议）的组织安排满意度如何？" },
  {
    kind: "SINGLE_CHOICE",
    prompt: "贵单位每年可牵头组织几次活动？",
    options: ["1 次", "2 次", "3 次及以上"],
  },
  { kind: "LONG_TEXT", prompt: "对青工委工作的意见和建议", required: false },
];

export const questionsCurrent: QuestionSeed[] = [
  { kind: "RATING", prompt: "您对今年活动清单的整体满意度如何？" },
  {
    kind: "MULTIPLE_CHOICE",
    prompt: "明年希望增加哪些类型的活动？",
    allowOther: true,
    options: ["读书会", "交流联谊", "创业沙龙", "志愿服务", "文体活动"],
  },
  { kind: "SHORT_TEXT", prompt: "贵单位明年可以开放共享的阵地", required: false },
];

export const others = ["非遗文化体验", "青年婚恋交友", "职业技能比武"];
export const suggestions = [
  "希望多组织跨单位的联合活动，增进青年之间的交流。",
  "建议活动提前一个月发布，便于各单位安排人员。",
  "可以结合社区需求开展更多志愿服务。",
  "希望增加线上活动，方便辖区外单位参与。",
  "建议建立活动照片和总结的共享平台。",
  "读书会可以按季度固定举办。",
  "希望团区委牵头对接更多共享阵地。",
  "建议每次活动后做简短的满意度反馈。",
];
