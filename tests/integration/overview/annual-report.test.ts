// The annual report's downloads (issue 16, item 4): the server-made PDF with its Chinese text
// embedded and the workbook with one sheet per table, over crafted data with records that must
// not count (a returned report, a cancelled activity with check-ins, a withdrawn unit, another
// year's report). Figures are compared with direct SQL counts; who may download is checked too.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { GET as reportPdf } from "@/app/[locale]/(admin)/admin/report/[year]/report.pdf/route";
import { GET as reportXlsx } from "@/app/[locale]/(admin)/admin/report/[year]/report.xlsx/route";
import { db } from "@/lib/core/db";
import type { ActivityStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { buildAnnualReport } from "@/lib/overview/report/build-report";
import { createAdmin, createSecretary, createUnit, uniqueSuffix } from "@/tests/factories";
import { createCommitmentRecord, createPlanYear } from "@/tests/factories/commitments";
import { actAs } from "@/tests/integration/helpers/session";

const year = 2025;
type Unit = Awaited<ReturnType<typeof createUnit>>;
let post: Unit;
let evil: Unit;
let withdrawn: Unit;
let admin: Awaited<ReturnType<typeof createAdmin>>;

const call = (handler: typeof reportPdf, yearParam: string | number, locale = "zh-CN") =>
  handler(new Request(`http://localhost/admin/report/${yearParam}/report`), {
    params: Promise.resolve({ locale, year: String(yearParam) }),
  });

async function activity(leadUnitId: number | null, status: ActivityStatus, activityYear = year) {
  return db.activity.create({
    data: {
      year: activityYear,
      title: `年报活动${uniqueSuffix()}`,
      type: "TREE_PLANTING",
      commitment: "LIVELIHOOD",
      plannedMonth: 3,
      status,
      leadUnitId,
      claimedAt: leadUnitId ? new Date() : null,
      cancelReason: status === "CANCELLED" ? "天气原因" : "",
    },
  });
}

async function report(
  activityId: number,
  status: ReportStatus,
  volunteers: number,
  hours: number,
  unitId: number,
) {
  await db.activity.update({ where: { id: activityId }, data: { status: "REPORTED" } });
  return db.activityReport.create({
    data: {
      activityId,
      actualDate: new Date(`${year}-03-10T02:00:00Z`),
      volunteerCount: volunteers,
      serviceHours: hours,
      summary: "润州青年公益林：种下桂花和樱花树苗。",
      status,
      submittedById: admin.id,
      participants: { create: [{ unitId, count: volunteers }] },
      results: { create: [{ label: "树木种植", value: 200, unit: "棵", position: 0 }] },
    },
  });
}

/** `count` people of the unit check in (inactive accounts: a unit has one active secretary). */
async function checkIns(activityId: number, unitId: number, count: number) {
  for (let index = 0; index < count; index += 1) {
    const user = await createSecretary(unitId, { active: false });
    await db.checkIn.create({ data: { activityId, userId: user.id, unitId } });
  }
}

const one = async (query: Promise<Array<{ n: bigint | number | null }>>) => Number((await query)[0]?.n ?? 0);

/** The figures as SQL counts them, independently of the overview's code. */
async function sqlFigures() {
  const activeUnits = await one(db.$queryRaw`SELECT count(*) AS n FROM "Unit" WHERE "status" = 'ACTIVE'`);
  const planned = await one(
    db.$queryRaw`SELECT count(*) AS n FROM "Activity" WHERE "year" = ${year} AND "status" <> 'CANCELLED'`,
  );
  const held = `a."year" = ${year} AND a."status" IN ('DONE', 'REPORTED')`;
  const heldCount = await one(db.$queryRawUnsafe(`SELECT count(*) AS n FROM "Activity" a WHERE ${held}`));
  const reported = await one(
    db.$queryRawUnsafe(`SELECT coalesce(sum(r."volunteerCount"), 0) AS n FROM "ActivityReport" r
      JOIN "Activity" a ON a."id" = r."activityId" WHERE ${held} AND r."status" IN ('SUBMITTED', 'ACCEPTED')`),
  );
  // Held activities without a standing report count their check-ins.
  const checkedIn = await one(
    db.$queryRawUnsafe(`SELECT count(*) AS n FROM "CheckIn" c JOIN "Activity" a ON a."id" = c."activityId"
      LEFT JOIN "ActivityReport" r ON r."activityId" = a."id"
      WHERE ${held} AND (r."id" IS NULL OR r."status" NOT IN ('SUBMITTED', 'ACCEPTED'))`),
  );
  const hours = await one(
    db.$queryRawUnsafe(`SELECT coalesce(sum(r."serviceHours"), 0) AS n FROM "ActivityReport" r
      JOIN "Activity" a ON a."id" = r."activityId" WHERE ${held} AND r."status" IN ('SUBMITTED', 'ACCEPTED')`),
  );
  const ledByActive = await one(
    db.$queryRawUnsafe(`SELECT count(*) AS n FROM "Activity" a JOIN "Unit" u ON u."id" = a."leadUnitId"
      WHERE a."year" = ${year} AND a."status" <> 'CANCELLED' AND u."status" = 'ACTIVE'`),
  );
  return { activeUnits, planned, held: heldCount, volunteers: reported + checkedIn, hours, ledByActive };
}

beforeAll(async () => {
  admin = await createAdmin();
  await createPlanYear(year);
  await createPlanYear(year - 1);
  post = await createUnit({ name: `中国邮政镇江分公司团委${uniqueSuffix()}` });
  evil = await createUnit({ name: `=HYPERLINK("http://evil")${uniqueSuffix()}` });
  withdrawn = await createUnit({ name: `已退出单位${uniqueSuffix()}`, status: "WITHDRAWN" });

  const accepted = await activity(post.id, "DONE");
  await report(accepted.id, "ACCEPTED", 100, 250.5, post.id);
  // Returned for a fix: its 999 wait; its two check-ins count meanwhile.
  const returned = await activity(evil.id, "DONE");
  await report(returned.id, "NEEDS_FIX", 999, 999, evil.id);
  await checkIns(returned.id, evil.id, 2);
  // Cancelled after people checked in: nothing of it counts.
  const cancelled = await activity(null, "CANCELLED");
  await checkIns(cancelled.id, post.id, 3);
  await activity(null, "PLANNED");
  await activity(withdrawn.id, "CLAIMED");
  // Another year's report.
  const lastYear = await activity(post.id, "DONE", year - 1);
  await report(lastYear.id, "ACCEPTED", 55, 55, post.id);

  await createCommitmentRecord(post.id, year, "STUDY_EXCHANGE", "CONFIRMED");
  await createCommitmentRecord(post.id, year, "YOUTH_PROJECT", "SUBMITTED");
  await createCommitmentRecord(evil.id, year, "LIVELIHOOD", "RETURNED");
});

async function pdfText(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The parser takes the buffer over (detaches it): give it a copy.
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    const result = await parser.getText();
    return { bytes, text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's rows as arrays of cell values (row 1 is the header). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("the annual report's PDF", () => {
  it("is a PDF with the CJK font embedded whose text holds the Chinese headings and the counted figures", async () => {
    actAs(admin);
    const response = await call(reportPdf, year);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="annual-report-${year}.pdf"`,
    );
    const { bytes, text, pages } = await pdfText(response);
    expect(new TextDecoder("latin1").decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(pages).toBeGreaterThanOrEqual(1);
    const raw = new TextDecoder("latin1").decode(bytes);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
    expect(raw).toContain("/FontFile");

    for (const heading of [
      `润州区青年工作委员会 ${year} 年度工作报告`,
      "一、全年数据",
      "二、逐月情况",
      "三、服务成果",
      "四、阵地共享",
      "五、成员单位情况",
      "六、年度亮点",
    ]) {
      expect(text).toContain(heading);
    }
    const sql = await sqlFigures();
    expect(sql).toMatchObject({ activeUnits: 2, planned: 4, held: 2, volunteers: 102, hours: 250.5 });
    expect(text).toMatch(new RegExp(`志愿者（人次）\\s+${sql.volunteers}\\b`));
    expect(text).toMatch(new RegExp(`服务时长（小时）\\s+${sql.hours}\\b`));
    expect(text).toMatch(new RegExp(`清单活动\\s+${sql.planned}\\b`));
    expect(text).toContain("树木种植");
    expect(text).toContain(post.name);
    expect(text).not.toContain(withdrawn.name);
  });

  it("is in English from the English address", async () => {
    actAs(admin);
    const { text } = await pdfText(await call(reportPdf, year, "en"));
    expect(text).toContain(`Runzhou Youth Work Committee — annual report ${year}`);
    expect(text).toContain("1. The year in figures");
  });

  it("answers a page that explains the missing Chinese font (503), not an error, when the font is not there", async () => {
    actAs(admin);
    const saved = process.env.PDF_CJK_FONT;
    process.env.PDF_CJK_FONT = "/nonexistent/NotoSansCJK-Regular.ttc";
    try {
      const response = await call(reportPdf, year);
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toContain("text/html");
      const html = await response.text();
      expect(html).toContain("暂时无法生成 PDF");
      expect(html).toContain("fonts-noto-cjk");
      expect(html).toContain(`href="/admin/report/${year}"`);
      expect(html).not.toContain("/nonexistent/");
    } finally {
      if (saved === undefined) delete process.env.PDF_CJK_FONT;
      else process.env.PDF_CJK_FONT = saved;
    }
  });
});

describe("the annual report's workbook", () => {
  it("has one sheet per table whose figures and totals match the direct counts", async () => {
    actAs(admin);
    const response = await call(reportXlsx, year);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="annual-report-${year}.xlsx"`,
    );
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "全年数据",
      "逐月情况",
      "服务成果",
      "阵地共享",
      "成员单位",
      "年度亮点",
    ]);
    const sql = await sqlFigures();
    const [figures, months, results, , units] = workbook.worksheets.map(rowsOf) as unknown[][][];
    expect(figures![0]).toEqual(["类别", "指标", "数值"]);
    const figure = (label: string) => figures!.find((row) => row[1] === label)?.[2];
    expect(figure("成员单位")).toBe(sql.activeUnits);
    expect(figure("清单活动")).toBe(sql.planned);
    expect(figure("志愿者（人次）")).toBe(sql.volunteers);
    expect(figure("服务时长（小时）")).toBe(sql.hours);

    // The twelve months add up to the year's figures.
    expect(months).toHaveLength(14);
    expect(months!.at(-1)).toEqual(["全年合计", sql.held, sql.volunteers, sql.hours]);
    expect(results!.slice(1)).toEqual([["树木种植", 200, "棵"]]);

    // One row per active unit (the withdrawn one is not a member), user text defused.
    const names = units!.slice(1, -1).map((row) => row[0]);
    expect(names).toHaveLength(sql.activeUnits);
    expect(names).toContain(post.name);
    expect(names).toContain(`'${evil.name}`);
    const header = units![0]!;
    const postRow = units!.find((row) => row[0] === post.name)!;
    expect(postRow[header.indexOf("学习交流")]).toBe("已确认");
    expect(postRow[header.indexOf("青年项目")]).toBe("已申报");
    const total = units!.at(-1)!;
    expect(total[0]).toBe("合计");
    expect(total[header.indexOf("牵头活动")]).toBe(sql.ledByActive);
  });

  it("says the same as the report the page shows", async () => {
    actAs(admin);
    const report = await buildAnnualReport(year);
    const workbook = await workbookOf(await call(reportXlsx, year));
    const figures = rowsOf(workbook.worksheets[0]!).slice(1);
    expect(figures.map((row) => row[2])).toEqual(report.groups.flatMap((g) => g.figures.map((f) => f.value)));
  });

  it("names its sheets in English from the English address", async () => {
    actAs(admin);
    const workbook = await workbookOf(await call(reportXlsx, year, "en"));
    expect(workbook.worksheets[0]!.name).toBe("Figures");
  });
});

describe("who may download the annual report", () => {
  it("refuses secretaries (403), sends visitors to sign in, and has no report for a year without records", async () => {
    actAs(await createSecretary(post.id));
    expect((await call(reportPdf, year)).status).toBe(403);
    expect((await call(reportXlsx, year)).status).toBe(403);
    actAs(null);
    const anonymous = await call(reportPdf, year);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(
      `/login?callbackUrl=${encodeURIComponent(`/admin/report/${year}`)}`,
    );
    actAs(admin);
    expect((await call(reportXlsx, 2099)).status).toBe(404);
    expect((await call(reportPdf, "abc")).status).toBe(404);
  });
});
