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
      "对象编号",
      "单位",
      "修改前",
      "修改后",
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(1)).toEqual([
      "2026-03-01 10:03:04",
      '\'=HYPERLINK("http://evil","点我")',
      sneaky.login,
      "unit.updateProfile",
      "Unit",
      String(unit.id),
      unit.name,
      "",
      '{"intro":"+1 简介, 含\\"引号\\""}',
    ]);
  });

  it("uses English headers for visitors who chose English, and records the export", async () => {
    const admin = await createAdmin();
    actAs(admin);
    const rows = await rowsOf(await exportCsv(`?actor=${admin.id}`, "NEXT_LOCALE=en"));
    expect(rows[0]?.slice(0, 3)).toEqual(["ID", "Time (China Standard Time)", "Who"]);
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
