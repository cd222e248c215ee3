import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import zh from "@/lib/core/i18n/messages/zh-CN/core/notifications.json";
import en from "@/lib/core/i18n/messages/en/core/notifications.json";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { messageValues, renderNotification } from "./render";

function translator(locale: "zh-CN" | "en", messages: object) {
  const t = createTranslator({
    locale,
    messages: { core: { notifications: messages } },
    namespace: "core.notifications" as never,
  });
  return (key: string, values?: Record<string, string | number>) =>
    (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}

describe("renderNotification", () => {
  it("renders a joined notification with its values", () => {
    expect(
      renderNotification(translator("zh-CN", zh), "ACTIVITY_JOINED", {
        unit: "朝阳社区",
        title: "读书会",
        headcount: 12,
      }),
    ).toBe("朝阳社区 报名参加了您牵头的活动“读书会”（12 人）");
  });

  it.each(Object.values(NotificationKind))("renders %s in both languages even without values", (kind) => {
    for (const [locale, messages] of [
      ["zh-CN", zh],
      ["en", en],
    ] as const) {
      for (const values of [{}, null, "junk", [1, 2], { title: { nested: true } }]) {
        const text = renderNotification(translator(locale, messages), kind, values);
        expect(text).not.toMatch(/[{}]|inbox\.|undefined/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it("keeps only strings and finite numbers, and cuts very long values", () => {
    const values = messageValues({ title: "x".repeat(1000), headcount: Number.NaN, unit: "  " }, "—");
    expect(values.title).toHaveLength(300);
    expect(values.headcount).toBe("—");
    expect(values.unit).toBe("—");
  });
});
