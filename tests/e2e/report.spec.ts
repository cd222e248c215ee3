import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { searchPlan, tapMenuLink } from "./support/nav";
import { withDatabase } from "./support/database";
import { pngBytes } from "../factories/images";

// Xinjin Hotel leads this year's "青年交友联谊会" (seeded CLOSED: sign-up ends a few days before
// the date). Its secretary shows the check-in code, checks in, marks the activity held, files the
// report with a photo, and visitors see the report on the public activity page. By tapping from
// /my and the home page; phone only (playwright.config.ts), as both runs would share the activity.
const title = "青年交友联谊会";
const lead = "demo-xinjin-hotel";

test("@phone the lead checks in, marks the activity held, files the report and the public sees it", async ({
  page,
  browser,
}) => {
  const activityId = await withDatabase(async (client) => {
    // Time cannot pass in a test: the planned date becomes today (Shanghai), so "held" is allowed.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const { rows } = await client.query<{ id: number }>(
      `UPDATE "Activity" a SET status = 'CLOSED', "plannedDate" = $1::date,
         "plannedMonth" = EXTRACT(MONTH FROM $1::date)::int
       FROM "Unit" u, "PlanYear" p
       WHERE u.id = a."leadUnitId" AND u.slug = $2 AND a.title = $3 AND p.year = a.year
         AND p.status = 'PUBLISHED' AND a.year = EXTRACT(YEAR FROM $1::date)::int
       RETURNING a.id`,
      [today, lead, title],
    );
    return rows[0]!.id;
  });

  await signIn(page, lead);
  await expect(page).toHaveURL(/\/my$/);

  // The check-in screen, from the lead's activity list: QR code and the code in text; the lead
  // checks in too.
  await tapMenuLink(page, "我的活动");
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/my/activities/${activityId}$`));
  const next = page.getByRole("region", { name: "下一步" });
  await next.getByRole("link", { name: "出示签到码" }).click();
  await expect(page.getByRole("img", { name: "签到二维码" })).toBeVisible();
  const code = (await page.getByTestId("checkin-code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{6}$/);
  await page.getByRole("link", { name: "我也要签到" }).click();
  await expect(page).toHaveURL(new RegExp(`/checkin/${activityId}\\?`));
  await page.getByLabel("签到码").fill(code);
  await page.getByRole("button", { name: "签到", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已完成签到" })).toBeVisible();
  await page.getByRole("link", { name: "返回我的活动" }).click();
  await page
    .getByRole("listitem")
    .filter({ hasText: title })
    .getByRole("link", { name: "下一步：活动当天签到" })
    .click();
  await next.getByRole("link", { name: "出示签到码" }).click();
  await expect(page.getByRole("heading", { name: "已签到 1 人" })).toBeVisible();

  // Mark as held, then file the report: the lead's count comes from the check-in.
  await page.getByRole("link", { name: "返回活动管理" }).click();
  await next.getByRole("button", { name: "标记为已举办" }).click();
  await next.getByRole("link", { name: "填写活动报告" }).click();
  await expect(page.getByRole("heading", { name: "提交活动报告" })).toBeVisible();
  const leadCount = page.getByRole("spinbutton", { name: /西津酒店/ });
  await expect(leadCount).toHaveValue("1");
  await leadCount.fill("36"); // guests who did not check in: a correction
  await page.getByLabel("志愿者人数").fill("12");
  await page.getByLabel(/志愿服务时长/).fill("48.5");
  await page.getByLabel("活动总结").fill("破冰游戏与才艺展示，36 名青年参加。<b>不加粗</b>");
  await page.getByLabel("第 1 项名称").fill("结识新朋友");
  await page.getByLabel("数量").first().fill("120");
  await page.getByLabel("单位", { exact: true }).first().fill("对");
  await page.getByRole("button", { name: "提交报告" }).click();
  await expect(page.getByRole("status").filter({ hasText: "报告已提交" })).toBeVisible();

  await page
    .getByLabel(/^照片$/)
    .setInputFiles({ name: "p.png", mimeType: "image/png", buffer: pngBytes(64, 48) });
  await page.getByLabel("照片说明（可选）").fill("联谊会现场");
  await page.getByRole("button", { name: "上传照片" }).click();
  await expect(page.getByRole("status").filter({ hasText: "照片已上传" })).toBeVisible();

  // A visitor finds it in the activity list and sees the report on the public activity page
  // (components/activities/reports/public-report.tsx).
  const visitor = await browser.newPage();
  await visitor.goto("/");
  await searchPlan(visitor, title);
  await visitor.getByRole("link", { name: title, exact: true }).first().click();
  await expect(visitor).toHaveURL(new RegExp(`/activities/${activityId}$`));
  const report = visitor.getByRole("region", { name: "活动报告" });
  await expect(report).toContainText("36 人");
  await expect(report).toContainText("48.5 小时");
  await expect(report).toContainText("结识新朋友 120 对");
  await expect(report).toContainText("<b>不加粗</b>");
  await expect(report.getByRole("row", { name: /西津酒店.*36.*已修正/ })).toBeVisible();
  const photo = report.getByRole("img", { name: "联谊会现场" });
  await expect(photo).toBeVisible();
  const response = await visitor.request.get((await photo.getAttribute("src"))!);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  await visitor.close();
});
