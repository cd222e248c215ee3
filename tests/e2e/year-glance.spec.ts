import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";
import { tapAdminSection, tapMenuLink } from "./support/nav";

// The year at a glance (issue 16): the admin's figures lead to the records behind them, the
// annual report downloads as a PDF and a workbook, visitors read the results, and a secretary
// reads the unit's year — each reached by tapping.

const beijingYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

/** Taps one figure of the admin overview and returns the number it showed. */
async function followFigure(page: Page, label: string): Promise<number> {
  const card = page.getByRole("link", { name: new RegExp(`^${label}`) }).first();
  const shown = Number(await card.getAttribute("data-figure"));
  await card.click();
  await page.waitForURL((url) => url.pathname !== "/admin");
  return shown;
}

test("an admin follows three figures of the overview to lists with the same counts", async ({ page }) => {
  await signIn(page, accounts.admin, undefined, "/admin");
  await expect(page.getByRole("heading", { level: 2, name: `${beijingYear()} 年` }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, { targetSize: true });

  const activeUnits = await followFigure(page, "在册成员单位（当前）");
  await expect(page).toHaveURL(/\/admin\/units\?status=ACTIVE/);
  await expect(page.getByRole("status").and(page.locator("[data-count]"))).toHaveAttribute(
    "data-count",
    String(activeUnits),
  );
  expect(activeUnits).toBeGreaterThan(0);

  await tapAdminSection(page, "概览");
  const held = await followFigure(page, "已举办");
  await expect(page).toHaveURL(/\/admin\/plan\/\d{4}\?stage=held/);
  await expect(page.locator("#activities-heading")).toHaveAttribute("data-count", String(held));
  await expect(page.locator('section[aria-labelledby="activities-heading"] > ol > li')).toHaveCount(held);

  await tapAdminSection(page, "概览");
  const bookings = await followFigure(page, "阵地预约（待审批和已确认）");
  await expect(page).toHaveURL(/\/admin\/bookings\?year=\d{4}/);
  await expect(page.getByRole("status").and(page.locator("[data-count]"))).toHaveAttribute(
    "data-count",
    String(bookings),
  );
});

test("an admin downloads the annual report as a PDF and as a workbook", async ({ page }) => {
  const year = beijingYear();
  await signIn(page, accounts.admin, undefined, "/admin");
  await page.getByRole("link", { name: `查看 ${year} 年度报告（可打印、下载 PDF 和 Excel）` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${year} 年度工作报告` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { targetSize: true });

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载 PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`annual-report-${year}.pdf`);
  expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe("%PDF-");

  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载 Excel 表格" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`annual-report-${year}.xlsx`);
  // A workbook is a zip archive.
  expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe("PK");
});

test("@phone a visitor opens this year's results from the home page and switches to 2023", async ({
  page,
}) => {
  const year = beijingYear();
  await page.goto("/");
  await page.getByRole("link", { name: `查看 ${year} 年度成果` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${year} 年度成果` })).toBeVisible();

  await page.getByRole("link", { name: "2023 年", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "2023 年度成果" })).toBeVisible();
  // The chart is a picture drawn on the server (it loads without JavaScript) …
  const chart = page.getByRole("img", { name: "每月志愿者人次" });
  await expect(chart).toBeVisible();
  await expect
    .poll(() => chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
    .toBe(true);
  // … and its numbers are also a table, for screen readers and without the picture.
  await page.getByText("以表格显示数据").first().click();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "年度亮点" })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page, { targetSize: true });

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What 2023 achieved" })).toBeVisible();
});

test("@phone a secretary reads the unit's year from /my", async ({ page }) => {
  await signIn(page, accounts.chinaPost);
  await expect(page).toHaveURL(/\/my$/);
  await tapMenuLink(page, "年度概览");
  await expect(page.getByRole("heading", { level: 1, name: `本单位${beijingYear()}年度` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "五方面内容及其佐证" })).toBeVisible();
  await page.getByRole("link", { name: "2023年", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "本单位2023年度" })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page, { targetSize: true });
});
