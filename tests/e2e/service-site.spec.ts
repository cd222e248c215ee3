import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { tapAdminSection, fieldLabelled } from "./support/nav";

// Long-term service sites end to end: the admin goes from /admin to the service sites, opens the
// Youth Public-Welfare Forest (demo data, prisma/seed/sites.ts), logs a visit with China Post and
// a measurable result; the site's public page adds it to its totals and log, and China Post's
// public page lists the site among its long-term service.
const forest = "润州青年公益林";
const chinaPost = "中国邮政镇江分公司团委";

test("the admin logs a visit to the forest → the site's public totals and the unit's page show it @phone", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  // Unique per run and project, so the totals row found is this run's own.
  const label = `测试浇水${Date.now().toString(36)}${testInfo.project.name}`;
  const summary = `示例：为公益林浇水（${label}）。`;

  await signIn(page, accounts.admin, undefined, "/admin");
  await tapAdminSection(page, "服务点");
  await expect(page.getByRole("heading", { level: 1, name: "定点服务点" })).toBeVisible();
  await page.getByRole("link", { name: forest, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: forest })).toBeVisible();

  const form = page.getByRole("form", { name: "添加记录" });
  await form.getByLabel("志愿者人次").fill("12");
  await form.getByLabel("服务时长（小时）").fill("24.5");
  await form.getByLabel("服务内容").fill(summary);
  await form.getByRole("checkbox", { name: chinaPost }).check();
  await fieldLabelled(form, "成果 1").fill(label);
  await fieldLabelled(form, "数量").first().fill("7");
  await fieldLabelled(form, "单位").first().fill("桶");
  await form.getByRole("button", { name: "添加记录" }).click();
  await expect(form.getByRole("status")).toHaveText("服务记录已添加。");
  await expect(page.getByText(summary)).toBeVisible();

  // The public page: the totals add the new result by its label, the log lists the visit.
  await page.getByRole("link", { name: "查看公开页面" }).click();
  await expect(page).toHaveURL(/\/sites\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: forest })).toBeVisible();
  const totals = page.getByRole("region", { name: "累计成效", exact: true });
  const row = totals.locator("div").filter({ has: page.getByRole("term").filter({ hasText: label }) });
  await expect(row.getByRole("definition")).toHaveText("7 桶");
  await expect(page.getByRole("region", { name: "服务记录", exact: true }).getByText(summary)).toBeVisible();

  // China Post's page lists the forest among the sites it serves.
  await page
    .getByRole("region", { name: "服务单位", exact: true })
    .getByRole("link", { name: chinaPost })
    .click();
  await expect(page).toHaveURL(/\/units\/china-post-zhenjiang$/);
  await expect(
    page.getByRole("region", { name: "定点服务", exact: true }).getByRole("link", { name: forest }),
  ).toBeVisible();
});
