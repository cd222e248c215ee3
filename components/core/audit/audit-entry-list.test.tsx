import { createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Translate } from "@/lib/core/audit/labels";
import { presentEntry, type AuditRow } from "@/lib/core/audit/present";
import type { RecordTitle } from "@/lib/core/audit/records/types";
import { loadMessages } from "@/lib/core/i18n/messages";
import type { AuditText } from "./audit-changes";
import { AuditEntryList } from "./audit-entry-list";

// One entry as the page shows it: a heading naming the action and the record (linked), who,
// when and for which unit, the changes, and the raw codes folded away.

let words: Translate;
let t: AuditText;
beforeAll(async () => {
  const messages = await loadMessages("zh-CN");
  words = createTranslator({ locale: "zh-CN", messages, timeZone: "Asia/Shanghai" }) as unknown as Translate;
  t = createTranslator({ locale: "zh-CN", messages, namespace: "core.audit" }) as unknown as AuditText;
});

const titles = new Map<string, RecordTitle>([
  ["Participation:12", { title: "植树 · 瑞祥科技集团团委", href: "/admin/plan/2026/activities/54" }],
  ["Unit:4", { title: "瑞祥科技集团团委", href: "/admin/units/4" }],
]);

function render(rows: Array<Partial<AuditRow>>): string {
  const entries = rows.map((row, index) =>
    presentEntry(
      {
        id: index + 1,
        createdAt: new Date("2026-03-01T02:03:04Z"),
        actor: { id: 9, name: "陈烨桦", login: "ruixiang" },
        action: "participation.join",
        entity: "Participation",
        entityId: "12",
        unitId: 4,
        before: null,
        after: { headcount: 12, status: "JOINED" },
        ...row,
      },
      titles,
      words,
    ),
  );
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="zh-CN" messages={{}}>
      <AuditEntryList entries={entries} t={t} />
    </NextIntlClientProvider>,
  );
}

describe("AuditEntryList", () => {
  it("reads an entry as words with links, never as raw codes up front", () => {
    const html = render([{}]);
    expect(html).toContain('<h2 id="audit-entries-heading" class="sr-only">操作记录</h2>');
    expect(html).toMatch(/<h3 id="audit-entry-1"[^>]*><span>报名参加活动<\/span><span[^>]*>活动报名<\/span>/);
    expect(html).toMatch(
      /<a [^>]*href="\/admin\/plan\/2026\/activities\/54"[^>]*>植树 · 瑞祥科技集团团委<\/a>/,
    );
    expect(html).toMatch(/<a [^>]*href="\/admin\/users\/9"[^>]*>陈烨桦（ruixiang）<\/a>/);
    expect(html).toMatch(/<a [^>]*href="\/admin\/units\/4"[^>]*>瑞祥科技集团团委<\/a>/);
    expect(html).toContain('<time dateTime="2026-03-01T02:03:04.000Z">2026-03-01 10:03:04</time>');
    expect(html).toContain("已报名");
    // The code is there for whoever needs it, behind "原始记录".
    const raw = html.indexOf("原始记录");
    expect(raw).toBeGreaterThan(0);
    expect(html.indexOf("participation.join")).toBeGreaterThan(raw);
  });

  it("marks a record that is gone and names it from the entry", () => {
    const html = render([
      {
        action: "activity.delete",
        entity: "Activity",
        entityId: "77",
        after: null,
        before: { title: "读书会" },
      },
    ]);
    expect(html).toContain("活动 #77");
    expect(html).toContain('<span class="badge badge-amber">已不存在</span>');
    expect(html).toContain("记录中的名称：读书会");
  });

  it("names the system when nobody acted", () => {
    expect(render([{ actor: null }])).toContain("<span>系统</span>");
  });
});
