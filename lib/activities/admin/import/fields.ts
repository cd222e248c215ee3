import { columnMapper } from "@/lib/core/table-import/columns";

// The columns of an activity-list file and the header names people use for them.

export const activityImportFields = [
  "title",
  "description",
  "type",
  "commitment",
  "plannedMonth",
  "plannedDate",
  "channel",
  "format",
  "reach",
  "capacity",
  "place",
] as const;
export type ActivityImportField = (typeof activityImportFields)[number];

export const requiredActivityFields: readonly ActivityImportField[] = [
  "title",
  "type",
  "commitment",
  "plannedMonth",
];

export const activityHeaderAliases: Record<ActivityImportField, readonly string[]> = {
  title: ["title", "标题", "活动名称", "活动标题", "名称"],
  description: ["description", "描述", "活动简介", "简介", "说明"],
  type: ["type", "类型", "活动类型"],
  commitment: ["commitment", "五方面内容", "对应内容", "承诺事项"],
  plannedMonth: ["plannedMonth", "planned month", "month", "月份", "计划月份"],
  plannedDate: ["plannedDate", "planned date", "date", "日期", "计划日期"],
  channel: ["channel", "线上线下", "线上/线下", "渠道"],
  format: ["format", "主题/专场", "主题专场", "活动形式"],
  reach: ["reach", "区块/链条", "区块链条"],
  capacity: ["capacity", "人数上限", "名额", "容量"],
  place: ["place", "地点", "活动地点"],
};

/** Which field each column holds, or why the header row cannot be used. */
export const mapActivityHeaders = columnMapper<ActivityImportField>({
  aliases: activityHeaderAliases,
  required: requiredActivityFields,
  expected: activityImportFields.map((field) => `${field}（${activityHeaderAliases[field][1]}）`).join("、"),
  messages: "activities.admin.import",
});
