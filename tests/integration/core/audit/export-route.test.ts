import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/core/db";
import { GET } from "@/app/[locale]/(admin)/admin/audit/export.csv/route";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { actAs } from "@/tests/integration/helpers/session";

function exportCsv(query = "", cookie?: string) {
  return GET(
    new NextRequest(`http://localhost/admin/audit/export.csv${query}`, {
      headers: cookie ? { cookie } : {},
    }),
  );
}

async function rowsOf(response: Response): Promise<string[][]> {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith("\uFEFF")).toBe(true);
  return parse(text.slice(1)) as string[][];
}

describe("GET /admin/audit/export.csv", () => {
  it("exports the filtered log as UTF-8 CSV with a BOM, Chinese headers and defused formulas", async () => {
    const admin = await createAdmin();
    const unit = await createUnit();
    const sneaky = await createSecretary(unit.id, { name: '=HYPERLINK("http://evil","点我")' });
    await db.auditLog.create({
      data: {
        actorId: sneaky.id,
        action: "unit.updateProfile",
        entity: "Unit",
        entityId: String(unit.id),
        unitId: unit.id,
        after: { intro: '+1 简介, 含"引号"' },
        createdAt: new Date("2026-03-01T02:03:04Z"),
      },
    });
    await db.auditLog.create({
      data: { actorId: admin.id, action: "unit.suspend", entity: "Unit", entityId: "x", unitId: unit.id },
    });
    actAs(admin);

    const response = await exportCsv(`?unit=${unit.id}&action=unit.updateProfile`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = await rowsOf(response);
    expect(rows[0]).toEqual([
      "编号",
      "时间（北京时间）",
      "操作人",
      "登录名",
      "操作",
      "对象类型",
      "对象",
      "单位",
      "变更内容",
      "操作代码",
      "对象类型代码",
      "对象编号",
      "修改前（原始数据）",
      "修改后（原始数据）",
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(1)).toEqual([
      "2026-03-01 10:03:04",
      '\'=HYPERLINK("http://evil","点我")',
      sneaky.login,
      // Readable: the action and kind in words, the record by its name, the change field by field.
      "修改单位简介",
      "成员单位",
      unit.name,
      unit.name,
      '简介: +1 简介, 含"引号"',
      // Raw: the codes and the JSON as the log holds them.
      "unit.updateProfile",
      "Unit",
      String(unit.id),
      "",
      '{"intro":"+1 简介, 含\\"引号\\""}',
    ]);
  });

  it("applies the page's filters to the export: kind of record, one record, and the period", async () => {
    const admin = await createAdmin();
    const unit = await createUnit();
    const write = (action: string, entity: string, entityId: string, at: string, extra: object = {}) =>
      db.auditLog.create({
        data: {
          actorId: admin.id,
          action,
          entity,
          entityId,
          unitId: unit.id,
          createdAt: new Date(at),
          ...extra,
        },
      });
    await write("unit.suspend", "Unit", String(unit.id), "2026-04-01T02:00:00Z", {
      before: { status: "ACTIVE" },
      after: { status: "SUSPENDED", reason: "暂停" },
    });
    await write("unit.reactivate", "Unit", String(unit.id), "2026-04-20T02:00:00Z");
    await write("booking.cancel", "Booking", "999999", "2026-04-02T02:00:00Z");
    actAs(admin);

    const units = await rowsOf(await exportCsv(`?unit=${unit.id}&kind=Unit&record=${unit.id}&to=2026-04-10`));
    expect(units.slice(1).map((row) => [row[4], row[8], row[9]])).toEqual([
      ["暂停成员资格", "状态: 正常 → 暂停\n原因: （未记录） → 暂停", "unit.suspend"],
    ]);
    const bookings = await rowsOf(
      await exportCsv(`?unit=${unit.id}&kind=Booking&from=2026-04-02&to=2026-04-02`),
    );
    expect(bookings.slice(1).map((row) => [row[4], row[5], row[6], row[10], row[11]])).toEqual([
      ["取消预约", "阵地预约", "阵地预约 #999999（已不存在）", "Booking", "999999"],
    ]);
  });

  it("speaks English to visitors who chose English, and records the export (first in its own file)", async () => {
    const admin = await createAdmin();
    actAs(admin);
    const rows = await rowsOf(await exportCsv(`?actor=${admin.id}`, "NEXT_LOCALE=en"));
    expect(rows[0]?.slice(0, 3)).toEqual(["ID", "Time (China Standard Time)", "Who"]);
    expect(rows[0]?.slice(9)).toEqual([
      "Action code",
      "Record type code",
      "Record ID",
      "Before (raw JSON)",
      "After (raw JSON)",
    ]);
    // The export is recorded before the file is read, so it is the file's newest entry.
    expect(rows[1]?.slice(4, 10)).toEqual([
      "Exported audit log",
      "Audit log",
      "CSV export",
      "",
      `Filters: actor=${admin.id}`,
      "audit.export",
    ]);
    const recorded = await db.auditLog.findFirstOrThrow({
      where: { action: "audit.export", actorId: admin.id },
    });
    expect(recorded.after).toEqual({ filters: `actor=${admin.id}` });
  });

  it("refuses secretaries with 403 and sends anonymous visitors to sign in", async () => {
    actAs(await createSecretary((await createUnit()).id));
    const refused = await exportCsv();
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain(",");

    actAs(null);
    const anonymous = await exportCsv("?action=unit.");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("/login?callbackUrl=%2Fadmin%2Faudit%3Faction%3Dunit.");
  });
});
