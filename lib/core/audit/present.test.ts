import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/core/i18n/messages";
import { actionGroupName, enumLabel, fieldLabel, type Translate } from "./labels";
import { changesText, presentEntry, recordText, type AuditRow } from "./present";
import type { RecordTitle } from "./records/types";

// The log as people read it, in both languages, with the real catalogs: words for codes and
// kinds, titles with links, records that are gone, and the changes as a translated table.

async function translator(locale: "zh-CN" | "en"): Promise<Translate> {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, timeZone: "Asia/Shanghai" }) as unknown as Translate;
}

let zh: Translate;
let en: Translate;
beforeAll(async () => {
  [zh, en] = await Promise.all([translator("zh-CN"), translator("en")]);
});

const titles = new Map<string, RecordTitle>([
  ["Activity:54", { title: "植树造林", href: "/admin/plan/2026/activities/54" }],
  ["Unit:3", { title: "中国邮政镇江分公司团委", href: "/admin/units/3" }],
  ["Unit:4", { title: "瑞祥科技集团团委", href: "/admin/units/4" }],
  [
    "User:7",
    { title: { key: "actorOption", values: { name: "陆斌", login: "lubin" } }, href: "/admin/users/7" },
  ],
  [
    "RotationSchedule:2",
    { title: { key: "rotationScheduleTitle", values: { year: 2026, number: 3 } }, href: null },
  ],
]);
const text = (shown: { parts: Array<{ text: string }> }) => shown.parts.map((part) => part.text).join("、");

function row(overrides: Partial<AuditRow>): AuditRow {
  return {
    id: 1n,
    createdAt: new Date("2026-03-01T02:03:04Z"),
    actor: { id: 7, name: "陆斌", login: "lubin" },
    action: "participation.join",
    entity: "Participation",
    entityId: "12",
    unitId: 3,
    before: null,
    after: null,
    ...overrides,
  };
}

describe("presentEntry", () => {
  it("names the action, the kind and the record in words, with the unit and links", () => {
    const entry = presentEntry(
      row({ action: "activity.claim", entity: "Activity", entityId: "54", unitId: 3 }),
      titles,
      zh,
    );
    expect(entry).toMatchObject({
      time: "2026-03-01 10:03:04",
      actionName: "认领活动",
      actionCode: "activity.claim",
      kindName: "活动",
      record: { parts: [{ text: "植树造林", href: "/admin/plan/2026/activities/54" }], gone: false },
      unit: { text: "中国邮政镇江分公司团委", href: "/admin/units/3" },
    });
    expect(
      presentEntry(row({ action: "activity.claim", entity: "Activity", entityId: "54" }), titles, en),
    ).toMatchObject({
      actionName: "Claimed activity",
      kindName: "Activity",
    });
  });

  it("falls back to kind #id for a deleted record, naming it from the entry when it can", () => {
    const entry = presentEntry(
      row({
        action: "activity.delete",
        entity: "Activity",
        entityId: "77",
        before: { title: "读书会", status: "PLANNED" },
      }),
      titles,
      zh,
    );
    expect(entry.record).toEqual({ parts: [{ text: "活动 #77" }], gone: true, rememberedName: "读书会" });
    expect(recordText(entry, zh)).toBe("活动 #77“读书会”（已不存在）");
    expect(recordText(presentEntry(row({ entity: "Participation", entityId: "404" }), titles, en), en)).toBe(
      "Participation #404 (no longer exists)",
    );
  });

  it("words a title the catalogs compose (a rotation schedule version)", () => {
    const entry = presentEntry(
      row({ action: "rotation.publish", entity: "RotationSchedule", entityId: "2" }),
      titles,
      zh,
    );
    expect(entry.record.parts).toEqual([{ text: "2026 年轮值表第 3 版", href: null }]);
  });

  it("keeps an action or a kind it has no words for as its code", () => {
    const entry = presentEntry(
      row({ action: "unitsAdmin.import", entity: "Spreadsheet", entityId: "x" }),
      titles,
      zh,
    );
    expect(entry).toMatchObject({ actionName: "unitsAdmin.import", kindName: "Spreadsheet" });
    expect(entry.record.parts).toEqual([{ text: "Spreadsheet #x" }]);
  });

  it("turns before/after into a translated field table, and into lines for the CSV", () => {
    const entry = presentEntry(
      row({
        action: "activity.cancel",
        entity: "Activity",
        entityId: "54",
        before: { status: "OPEN" },
        after: { status: "CANCELLED", cancelReason: "暴雨" },
      }),
      titles,
      zh,
    );
    expect(entry.changes.mode).toBe("updated");
    expect(
      entry.changes.rows.map((change) => [change.label, text(change.before), text(change.after)]),
    ).toEqual([
      ["状态", "报名中", "已取消"],
      ["取消原因", "（未记录）", "暴雨"],
    ]);
    expect(changesText(entry)).toBe("状态: 报名中 → 已取消\n取消原因: （未记录） → 暴雨");
  });

  it("lists a created record's values and a deleted record's last values", () => {
    const created = presentEntry(
      row({ action: "participation.join", after: { activityId: 54, headcount: 12, status: "JOINED" } }),
      titles,
      en,
    );
    expect(created.changes.mode).toBe("created");
    expect(changesText(created)).toMatch(/^Activity: 植树造林\nHeadcount: 12\nStatus: /);
    const deleted = presentEntry(
      row({
        action: "decision.remove",
        entity: "Decision",
        before: { title: "落实场地", dueOn: "2026-05-01" },
      }),
      titles,
      zh,
    );
    expect(deleted.changes.mode).toBe("deleted");
    expect(changesText(deleted)).toBe("标题: 落实场地\n截止日期: 2026-05-01");
  });
});

describe("labels from log data", () => {
  it("never turns odd text in the log into another catalog key", () => {
    expect(fieldLabel(zh, "fields.title")).toBe("fields.title");
    expect(fieldLabel(zh, "")).toBe("");
    expect(enumLabel(zh, "ActivityStatus", "OPEN.x")).toBe("OPEN.x");
    expect(actionGroupName(zh, "unit")).toBe("成员单位");
    expect(actionGroupName(zh, "groups")).toBe("groups");
  });
});
