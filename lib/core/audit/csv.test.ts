import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { auditCsvColumns, buildAuditCsv, type AuditCsvHeaders } from "./csv";

const headers = Object.fromEntries(
  auditCsvColumns.map((column) => [column, `H-${column}`]),
) as AuditCsvHeaders;

describe("buildAuditCsv", () => {
  it("starts with a BOM, ends lines with CRLF and round-trips through a CSV parser", () => {
    const csv = buildAuditCsv(headers, [
      {
        id: 12n,
        createdAt: new Date("2026-03-01T01:02:03Z"),
        actor: { name: "=cmd|' /C calc'!A0", login: "chaoyang-community" },
        action: "unit.updateProfile",
        entity: "Unit",
        entityId: "6",
        unitName: "南山街道朝阳社区团支部",
        before: { intro: '旧的, "简介"' },
        after: { intro: "新的\n第二行" },
      },
      {
        id: 13,
        createdAt: new Date("2026-03-01T02:00:00Z"),
        actor: null,
        action: "application.submit",
        entity: "MembershipApplication",
        entityId: "1",
        unitName: null,
        before: null,
        after: null,
      },
    ]);
    expect(csv.startsWith("\uFEFFH-id,H-time,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[1]).toEqual([
      "12",
      "2026-03-01 09:02:03",
      "'=cmd|' /C calc'!A0",
      "chaoyang-community",
      "unit.updateProfile",
      "Unit",
      "6",
      "南山街道朝阳社区团支部",
      '{"intro":"旧的, \\"简介\\""}',
      '{"intro":"新的\\n第二行"}',
    ]);
    expect(rows[2]).toEqual([
      "13",
      "2026-03-01 10:00:00",
      "",
      "",
      "application.submit",
      "MembershipApplication",
      "1",
      "",
      "",
      "",
    ]);
  });
});
