import { createTranslator, NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Translate } from "@/lib/core/audit/labels";
import { presentEntry, type AuditRow } from "@/lib/core/audit/present";
import type { RecordTitle } from "@/lib/core/audit/records/types";
import { loadMessages, type Messages } from "@/lib/core/i18n/messages";
import { AuditChanges, type AuditText } from "./audit-changes";

// The changes table as a reader (and a screen reader) gets it: a caption, named columns, one
// row per field named by its label, values translated, linked records, long text folded.

let messages: Messages;
let words: Translate;
let t: AuditText;
beforeAll(async () => {
  messages = await loadMessages("zh-CN");
  words = createTranslator({ locale: "zh-CN", messages, timeZone: "Asia/Shanghai" }) as unknown as Translate;
  t = createTranslator({ locale: "zh-CN", messages, namespace: "core.audit" }) as unknown as AuditText;
});

const titles = new Map<string, RecordTitle>([
  ["Unit:3", { title: "朝阳社区团支部", href: "/admin/units/3" }],
]);

function render(row: Partial<AuditRow>): string {
  const entry = presentEntry(
    {
      id: 1,
      createdAt: new Date("2026-03-01T00:00:00Z"),
      actor: null,
      action: "activity.update",
      entity: "Activity",
      entityId: "5",
      unitId: null,
      before: null,
      after: null,
      ...row,
    },
    titles,
    words,
  );
  const wrap = (children: ReactNode) => (
    <NextIntlClientProvider locale="zh-CN" messages={{}}>
      {children}
    </NextIntlClientProvider>
  );
  return renderToStaticMarkup(wrap(<AuditChanges entry={entry} t={t} />));
}

describe("AuditChanges", () => {
  it("tabulates before and after by field, in words, with a caption and header cells", () => {
    const html = render({
      before: { status: "CLAIMED", leadUnitId: 3 },
      after: { status: "OPEN", leadUnitId: null, description: "报名".repeat(100) },
    });
    expect(html).toContain('<caption class="sr-only">修改活动：字段变更</caption>');
    expect(html).toMatch(
      /<th scope="col"[^>]*>字段<\/th><th scope="col"[^>]*>修改前<\/th><th scope="col"[^>]*>修改后<\/th>/,
    );
    expect(html).toMatch(
      /<th scope="row"[^>]*>状态<\/th><td[^>]*><span[^>]*>已认领<\/span><\/td><td[^>]*><span[^>]*>报名中<\/span>/,
    );
    expect(html).toMatch(
      /<th scope="row"[^>]*>牵头单位<\/th><td[^>]*><span[^>]*><a [^>]*href="\/admin\/units\/3"[^>]*>朝阳社区团支部<\/a>/,
    );
    expect(html).toContain("（空）");
    expect(html).toContain("（未记录）");
    // Long text is cut, and the whole is one click away.
    expect(html).toContain("…</span><details");
    expect(html).toContain(`<p class="mt-1 whitespace-pre-wrap break-words">${"报名".repeat(100)}</p>`);
  });

  it("shows a created record as one column of values", () => {
    const html = render({ action: "activity.create", after: { title: "读书会", capacity: 30 } });
    expect(html).toContain('<caption class="sr-only">新增活动：新建时的内容</caption>');
    expect(html).toMatch(/<th scope="col"[^>]*>内容<\/th>/);
    expect(html).not.toContain("修改前");
  });

  it("shows a deleted record's last values, and folds a long table", () => {
    const before = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`field${i}`, i]));
    const html = render({ action: "activity.delete", before });
    expect(html).toMatch(/^<details>/);
    expect(html).toContain("删除活动：删除前的内容 · 显示全部 9 项");
  });

  it("says so when an update recorded no changed field, and shows nothing when nothing was recorded", () => {
    expect(render({ before: { status: "OPEN" }, after: { status: "OPEN" } })).toContain("没有记录字段变化。");
    expect(render({})).toBe("");
  });
});
