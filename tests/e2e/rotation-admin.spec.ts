import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";

// The rotation (活动轮值) as an admin runs it, on a year no other spec uses: settings →
// a generated draft with its cost explained → a hand edit that breaks a rule (warned) →
// publishing despite the warning → the version list.
const year = 2035;

test("an admin sets up 2035, generates a draft, edits it by hand, publishes and sees the versions", async ({
  page,
}) => {
  await signIn(page, accounts.admin, undefined, `/admin/rotation?year=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: "活动轮值排班" })).toBeVisible();
  await expect(page.getByText(`${year} 年尚无轮值设置`)).toBeVisible();

  // 1. Settings: February (Spring Festival) is off by default; 13 times is refused.
  await expect(page.getByRole("checkbox", { name: "2月", exact: true })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "3月", exact: true })).toBeChecked();
  await page.getByLabel("每个单位轮值次数").fill("13");
  await page.getByRole("button", { name: "创建设置" }).click();
  await expect(page.getByText("每个单位每年最多轮值 12 次（每月一次）。")).toBeVisible();
  await page.getByLabel("每个单位轮值次数").fill("1");
  await page.getByLabel("意向填报截止日期（可选）").fill(`${year - 1}-12-15`);
  await page.getByRole("button", { name: "创建设置" }).click();
  await expect(page.getByText(`${year} 年轮值设置已保存。`)).toBeVisible();
  await expect(page.getByText(`填报截止：${year - 1}-12-15。`)).toBeVisible();

  // 2. A draft, with its cost broken down.
  await page.getByRole("button", { name: "生成草稿" }).click();
  await expect(page.getByText("已生成第 1 版草稿，请在下方核对后再发布。")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /第 1 版/ })).toBeVisible();
  await expect(page.getByText("总成本")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "各单位" })).toBeVisible();

  // 3. A hand edit into February (no duty there): saved, with a warning and the new cost.
  const duty = page.getByLabel("要调整的值班");
  const firstDuty = await duty.locator("option").nth(1).getAttribute("value");
  await duty.selectOption(firstDuty!);
  await page.getByLabel("调整到").selectOption("2");
  await page.getByRole("button", { name: "调整月份" }).click();
  await expect(page.getByText(/草稿已更新，但现在违反了 \d+ 条规则/)).toBeVisible();
  await expect(page.getByText(/此草稿违反了 \d+ 条规则/)).toBeVisible();
  await expect(page.getByText(/被排在 2 月，而该月无需轮值/)).toBeVisible();
  await expect(page.getByText(/生成时的最优成本为/)).toBeVisible();

  // 4. Publishing needs the explicit override, then works.
  await page.getByRole("button", { name: "发布第 1 版" }).click();
  await expect(page.getByText(/草稿违反了 \d+ 条规则。请先修正/)).toBeVisible();
  await page.getByLabel(/忽略 \d+ 条警告发布/).check();
  await page.getByRole("button", { name: "发布第 1 版" }).click();
  await expect(page.getByText("第 1 版已发布，已通知各轮值单位。")).toBeVisible();

  // 5. The version list, and a read-only view of the version.
  const versions = page.getByRole("region", { name: "版本" });
  await expect(versions.getByText("已发布")).toBeVisible();
  await versions.getByRole("link", { name: "第 1 版" }).click();
  await expect(page.getByText("只读查看某一版本。")).toBeVisible();
  await expect(page.getByRole("button", { name: "调整月份" })).toHaveCount(0);
});
