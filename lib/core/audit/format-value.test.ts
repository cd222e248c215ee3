import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/core/i18n/messages";
import { formatValue, shorten, type ValueContext } from "./format-value";
import type { Translate } from "./labels";
import type { RecordTitle } from "./records/types";

// A value of an entry's JSON as a reader sees it, in both languages, with the real catalogs.

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
  ["Unit:3", { title: "中国邮政镇江分公司团委", href: "/admin/units/3" }],
  ["Unit:4", { title: "瑞祥科技集团团委", href: "/admin/units/4" }],
  [
    "User:7",
    { title: { key: "actorOption", values: { name: "陆斌", login: "lubin" } }, href: "/admin/users/7" },
  ],
]);
const context = (t: Translate): ValueContext => ({ t, titles });
const text = (shown: { parts: Array<{ text: string }> }) => shown.parts.map((part) => part.text).join("、");

describe("formatValue", () => {
  it("translates an enum by the record's kind: one field name, different enums", () => {
    expect(text(formatValue("Activity", "status", "CLAIMED", context(zh)))).toBe("已认领");
    expect(text(formatValue("Booking", "status", "CANCELLED", context(zh)))).toBe("已取消");
    expect(text(formatValue("Participation", "status", "WAITLISTED", context(en)))).not.toBe("WAITLISTED");
    expect(text(formatValue("Activity", "commitment", "STUDY_EXCHANGE", context(zh)))).toBe(
      "组织一场学习交流",
    );
    expect(text(formatValue("Activity", "commitment", "STUDY_EXCHANGE", context(en)))).toBe(
      "Organise a study exchange",
    );
    expect(text(formatValue("Pairing", "focusAreas", ["ELDERLY_CARE", "OTHER"], context(zh)))).toBe(
      "为老服务、其他",
    );
  });

  it("keeps an unknown enum value as it is rather than failing", () => {
    expect(text(formatValue("Activity", "status", "TELEPORTED", context(zh)))).toBe("TELEPORTED");
  });

  it("shows instants in Beijing time and @db.Date days as the day itself", () => {
    expect(text(formatValue("Activity", "startsAt", "2026-03-10T06:30:00.000Z", context(zh)))).toBe(
      "2026-03-10 14:30",
    );
    // Midnight UTC is 08:00 in Beijing, but a day column means the day.
    expect(text(formatValue("Decision", "dueOn", "2026-04-01T00:00:00.000Z", context(zh)))).toBe(
      "2026-04-01",
    );
    expect(text(formatValue("Need", "startsOn", "2026-04-01", context(zh)))).toBe("2026-04-01");
  });

  it("shows ids as the records' titles with links, and a missing record as kind #id", () => {
    expect(formatValue("Activity", "leadUnitId", 3, context(zh)).parts).toEqual([
      { text: "中国邮政镇江分公司团委", href: "/admin/units/3" },
    ]);
    expect(formatValue("Pairing", "unitIds", [3, 4, 99], context(zh)).parts).toEqual([
      { text: "中国邮政镇江分公司团委", href: "/admin/units/3" },
      { text: "瑞祥科技集团团委", href: "/admin/units/4" },
      { text: "成员单位 #99" },
    ]);
    expect(text(formatValue("User", "decidedById", 7, context(en)))).toBe("陆斌 (lubin)");
  });

  it("words yes/no, empty, not recorded and hidden secrets", () => {
    expect(text(formatValue("User", "active", false, context(zh)))).toBe("否");
    expect(text(formatValue("User", "active", true, context(en)))).toBe("Yes");
    expect(text(formatValue("Need", "outcome", null, context(zh)))).toBe("（空）");
    expect(formatValue("Need", "outcome", undefined, context(en))).toEqual({
      parts: [{ text: "(not recorded)" }],
      missing: true,
    });
    expect(text(formatValue("User", "passwordHash", "[redacted]", context(zh)))).toBe("（已隐藏）");
  });

  it("shortens long text and nested JSON, keeping the whole for the reader", () => {
    const long = "志愿服务".repeat(60);
    const shown = formatValue("Need", "description", long, context(zh));
    expect(Array.from(text(shown))).toHaveLength(120);
    expect(text(shown).endsWith("…")).toBe(true);
    expect(shown.full).toBe(long);
    expect(text(formatValue("Activity", "booking", { id: 1, court: 2 }, context(zh)))).toBe(
      '{"id":1,"court":2}',
    );
  });
});

describe("shorten", () => {
  it("folds line breaks and never cuts a character in half", () => {
    expect(shorten("第一行\n第二行")).toEqual({ text: "第一行 第二行", full: "第一行\n第二行" });
    expect(shorten("😀".repeat(5), 3)).toEqual({ text: "😀😀…", full: "😀".repeat(5) });
  });
});
