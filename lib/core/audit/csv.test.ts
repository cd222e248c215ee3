import { parse } from "csv-parse/sync";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/core/i18n/messages";
import { auditCsvColumns, buildAuditCsv, type AuditCsvHeaders } from "./csv";
import type { Translate } from "./labels";
import { presentEntry } from "./present";
import type { RecordTitle } from "./records/types";

const headers = Object.fromEntries(
  auditCsvColumns.map((column) => [column, `H-${column}`]),
) as AuditCsvHeaders;

let t: Translate;
beforeAll(async () => {
  const messages = await loadMessages("zh-CN");
  t = createTranslator({ locale: "zh-CN", messages, timeZone: "Asia/Shanghai" }) as unknown as Translate;
});

const titles = new Map<string, RecordTitle>([
  ["Unit:6", { title: "南山街道朝阳社区团支部", href: "/admin/units/6" }],
]);

describe("buildAuditCsv", () => {
  it("writes readable columns, then the raw codes and JSON; BOM, CRLF, formulas defused", () => {
    const entries = [
      presentEntry(
        {
          id: 12n,
          createdAt: new Date("2026-03-01T01:02:03Z"),
          actor: { id: 3, name: "=cmd|' /C calc'!A0", login: "chaoyang-community" },
          action: "unit.updateProfile",
          entity: "Unit",
          entityId: "6",
          unitId: 6,
          before: { intro: '旧的, "简介"', category: "NEW_ORGANISATION" },
          after: { intro: "新的\n第二行", category: "EMERGING_SECTOR" },
        },
        titles,
        t,
      ),
      presentEntry(
        {
          id: 13,
          createdAt: new Date("2026-03-01T02:00:00Z"),
          actor: null,
          action: "application.submit",
          entity: "MembershipApplication",
          entityId: "1",
          unitId: null,
          before: null,
          after: null,
        },
        titles,
        t,
      ),
    ];
    const csv = buildAuditCsv(headers, entries, t);
    expect(csv.startsWith("\uFEFFH-id,H-time,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(auditCsvColumns.map((column) => `H-${column}`));
    expect(rows[1]).toEqual([
      "12",
      "2026-03-01 09:02:03",
      "'=cmd|' /C calc'!A0",
      "chaoyang-community",
      "修改单位简介",
      "成员单位",
      "南山街道朝阳社区团支部",
      "南山街道朝阳社区团支部",
      '简介: 旧的, "简介" → 新的 第二行\n单位类别: “两新”组织 → 新兴领域',
      "unit.updateProfile",
      "Unit",
      "6",
      '{"intro":"旧的, \\"简介\\"","category":"NEW_ORGANISATION"}',
      '{"intro":"新的\\n第二行","category":"EMERGING_SECTOR"}',
    ]);
    // Gone record, nobody acting (the system), no unit, no changes recorded.
    expect(rows[2]).toEqual([
      "13",
      "2026-03-01 10:00:00",
      "系统",
      "",
      "提交入会申请",
      "入会申请",
      "入会申请 #1（已不存在）",
      "",
      "",
      "application.submit",
      "MembershipApplication",
      "1",
      "",
      "",
    ]);
  });
});
